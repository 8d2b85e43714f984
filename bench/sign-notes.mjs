// bench/sign-notes.mjs SECRET_FILE MERCHANT < order references > paths
// One notification of a successful payment per order reference read
// (one per line), as a gateway sends it: the vnp_ parameters sorted,
// form-encoded the way the gateways encode them, signed with HMAC-SHA512
// and the merchant's secret. Node's own crypto, not the portal's code.
import { readFileSync } from 'node:fs';
import { createHmac } from 'node:crypto';

const secret = readFileSync(process.argv[2], 'utf8').replace(/\n$/, '');
const merchant = process.argv[3];
const enc = (s) => encodeURIComponent(s).replace(/%20/g, '+')
  .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
let txn = 900000;
const out = [];
for (const ref of readFileSync(0, 'utf8').split('\n').filter((l) => l)) {
  const p = {
    vnp_Amount: '10000000', vnp_BankCode: 'NCB', vnp_OrderInfo: `Nop phi le phi ${ref}`,
    vnp_PayDate: '20261207120501', vnp_ResponseCode: '00', vnp_TmnCode: merchant,
    vnp_TransactionNo: String(++txn), vnp_TransactionStatus: '00', vnp_TxnRef: ref,
  };
  const q = Object.keys(p).sort().map((k) => `${k}=${enc(p[k])}`).join('&');
  const h = createHmac('sha512', secret).update(q).digest('hex');
  out.push(`/thanh-toan/thong-bao?${q}&vnp_SecureHashType=HmacSHA512&vnp_SecureHash=${h}`);
}
process.stdout.write(`${out.join('\n')}\n`);

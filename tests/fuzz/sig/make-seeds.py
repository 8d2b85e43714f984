#!/usr/bin/env python3
"""Makes the seeds of the signature harness (tests/fuzz/fuzz_sig.c).

    tests/fuzz/sig/make-seeds.py PKI_DIR OUT_DIR

PKI_DIR is what tests/tools/mkpki wrote; its root.pem and crl.pem must be
the ones beside this script (the harness's trust store). The seeds are
small on purpose: mkpki's PDFs reserve 8 kB for the signature, and every
input the fuzzer derives from a seed is as large as the seed, so these
PDFs are signed again (openssl cms) with a /Contents exactly the size of
the signature. The chain cases are detached .p7s over a short text, from
certificates made here with mkpki's keys: the verification after parsing
is the same for both shapes. Not run by the tests; kept to say how the
seeds were made (needs the openssl command).
"""
import os
import struct
import subprocess
import sys
import tempfile

PKI, OUT = sys.argv[1], sys.argv[2]
TMP = tempfile.mkdtemp()


def run(*args, data=None):
    return subprocess.run(args, input=data, stdout=subprocess.PIPE, check=True).stdout


def sign(data, cert, key, chain=None, md="sha256", pem=False):
    """A detached CMS SignedData over data, DER (or PEM)."""
    args = ["openssl", "cms", "-sign", "-binary", "-md", md, "-signer", cert,
            "-inkey", key, "-outform", "PEM" if pem else "DER"]
    if chain:
        args += ["-certfile", chain]
    return run(*args, data=data)


def p(name):
    return os.path.join(PKI, name)


GOOD = (p("good.pem"), p("good.key"), p("inter.pem"))
BODY = b"""%PDF-1.7
%\xe2\xe3\xcf\xd3
1 0 obj << /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /SigFlags 3 >> >>
endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >>
endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Annots [4 0 R]
/Contents 6 0 R >>
endobj
6 0 obj << /Length 20 >>
stream
BT (muc do 4) Tj ET
endstream
endobj
4 0 obj << /Type /Annot /Subtype /Widget /FT /Sig /T (Ky) /Rect [0 0 0 0] /V 5 0 R /P 3 0 R >>
endobj
"""


def sig_object(num, subfilter, contents_len):
    return (b"%d 0 obj << /Type /Sig /Filter /Adobe.PPKLite /SubFilter /" % num +
            subfilter + b" /M (D:20260101000000Z)\n/ByteRange [0 0000000000 0000000000 0000000000]"
            b" /Contents <" + b"0" * contents_len + b"> >>\nendobj\n")


def tail(start):
    return b"trailer << /Size 8 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % start


def signed(prefix, num, subfilter, ident, md="sha256"):
    """prefix + a signature object num signed over the whole result."""
    cert, key, chain = ident
    der_len = len(sign(b"x", cert, key, chain, md))
    doc = prefix + sig_object(num, subfilter, 2 * der_len) + tail(len(prefix))
    b = doc.index(b"/Contents <", len(prefix)) + len(b"/Contents ")
    c = doc.index(b">", b) + 1
    d = len(doc) - c
    br = b"[0 %010d %010d %010d]" % (b, c, d)
    at = doc.index(b"[0 0000000000", len(prefix))
    doc = doc[:at] + br + doc[at + len(br):]
    der = sign(doc[:b] + doc[c:], cert, key, chain, md)
    assert len(der) == der_len, "signature size changed"
    return doc[:b + 1] + der.hex().upper().encode() + doc[c - 1:]


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def cert(name, issuer, key_args, serial, ext, days=700):
    """A signer certificate under issuer (pem, key), its own new key."""
    k, c, csr = (os.path.join(TMP, name + s) for s in (".key", ".pem", ".csr"))
    run("openssl", "genpkey", "-out", k, *key_args)
    run("openssl", "req", "-new", "-key", k, "-subj", "/CN=" + name, "-out", csr)
    e = os.path.join(TMP, name + ".ext")
    with open(e, "w") as f:
        f.write("keyUsage=" + ext + "\nbasicConstraints=CA:FALSE\n")
    run("openssl", "x509", "-req", "-in", csr, "-CA", issuer[0], "-CAkey", issuer[1],
        "-set_serial", serial, "-days", str(days), "-sha256", "-extfile", e, "-out", c)
    return c, k


# PDFs (mode byte 0; 2: with the CRL): one signature, two, each kind of
# subfilter, a gap, bytes appended after signing
good = signed(BODY, 5, b"adbe.pkcs7.detached", GOOD)
write("pdf-good", b"\0" + good)
write("pdf-good-crl", b"\2" + good)
write("pdf-cades", b"\0" + signed(BODY, 5, b"ETSI.CAdES.detached", GOOD))
write("pdf-adbe-sha1", b"\0" + signed(BODY, 5, b"adbe.pkcs7.sha1", GOOD))
write("pdf-sha1-digest", b"\0" + signed(BODY, 5, b"adbe.pkcs7.detached", GOOD, "sha1"))
write("pdf-two-signatures", b"\0" + signed(good + b"7 0 obj << /Type /Annot /Subtype /Widget /FT"
      b" /Sig /T (Ky2) /V 8 0 R >>\nendobj\n", 8, b"adbe.pkcs7.detached", GOOD))
write("pdf-appended", b"\0" + good + b"% added after signing\n")
write("pdf-flipped", b"\0" + good.replace(b"muc do 4", b"muc do 5"))
write("pdf-timestamp", b"\0" + BODY + b"5 0 obj << /Type /DocTimeStamp /SubFilter /ETSI.RFC3161"
      b" /ByteRange [0 10 20 30] /Contents <3000> >>\nendobj\n" + tail(len(BODY)))

# detached .p7s (mode byte 1; 3: with the CRL) over a short text
TEXT = "Đơn đề nghị cấp giấy phép\n".encode()
inter = (p("inter.pem"), p("inter.key"))
ec = ["-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256"]
signers = {
    "good": GOOD + ("sha256", False, 1),
    "good-pem": GOOD + ("sha256", True, 1),
    "sha1": GOOD + ("sha1", False, 1),
    "expired": (p("expired.pem"), p("expired.key"), p("inter.pem"), "sha256", False, 1),
    "self-signed": (p("selfsigned.pem"), p("selfsigned.key"), None, "sha256", False, 1),
    "revoked": cert("revoked", inter, ec, "0x1005", "critical,digitalSignature")
    + (p("inter.pem"), "sha256", False, 3),
    "weak-key": cert("weak", inter, ["-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:1024"],
                     "0x1007", "critical,digitalSignature") + (p("inter.pem"), "sha256", False, 1),
    "bad-usage": cert("usage", inter, ec, "0x1008", "critical,keyEncipherment")
    + (p("inter.pem"), "sha256", False, 1),
    "untrusted": cert("stranger", (p("other-root.pem"), p("other-root.key")), ec, "0x1006",
                      "critical,digitalSignature") + (p("other-root.pem"), "sha256", False, 1),
}
for name, (c, k, chain, md, pem, mode) in signers.items():
    write("p7s-" + name, bytes([mode]) + struct.pack(">H", len(TEXT)) + TEXT +
          sign(TEXT, c, k, chain, md, pem))
der = sign(TEXT, *GOOD)
write("p7s-mismatch", b"\1" + struct.pack(">H", len(TEXT)) + TEXT.upper() + der)
write("p7s-truncated", b"\1" + struct.pack(">H", len(TEXT)) + TEXT + der[:len(der) // 2])

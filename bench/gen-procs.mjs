// Makes a catalogue of N procedures for the benchmarks from the demo one:
// each demo procedure again under new codes, with a distinguishing word in
// the name, so search works on N real-shaped records.
//   node bench/gen-procs.mjs sql/demo/catalog.json 2000 > /tmp/big.json
import { readFileSync } from 'node:fs';

const [, , file, nArg] = process.argv;
const n = Number(nArg || 2000);
const cat = JSON.parse(readFileSync(file, 'utf8'));
const places = ['Đắk Hà', 'Đắk Tô', 'Ngọc Hồi', 'Đắk Glei', 'Kon Plông', 'Kon Rẫy', 'Sa Thầy',
  'Tu Mơ Rông', "Ia H'Drai", 'Kon Tum', 'Plei Kần', 'Đắk Blà', 'Ngọk Bay', 'Hòa Bình'];
const out = [];
for (let i = 0; out.length < n; i++) {
  const p = JSON.parse(JSON.stringify(cat.procedures[i % cat.procedures.length]));
  if (i >= cat.procedures.length) {
    p.code = `9.${String(100000 + i).slice(-6)}`;
    p.name = `${p.name} (áp dụng tại ${places[i % places.length]}, đợt ${Math.floor(i / cat.procedures.length)})`;
    delete p.related;
    delete p.inter_agency;
  }
  out.push(p);
}
process.stdout.write(JSON.stringify({ format: 'dvc-catalog-1', agencies: cat.agencies, fields: cat.fields, procedures: out }));

// Prints the session cookie of a staff login through the real pages,
// with the second factor an admin or an inspector needs (tests/lib's
// staffLogin: enrols on the first login and keeps the key for the run).
// For bench/office, which ./dvc-dev bench office runs with the DVC_*
// variables the tests' helpers read.
const [email] = process.argv.slice(2);
const { staffLogin } = await import('../tests/lib/account.mjs');
const jar = await staffLogin(process.env.DVC_NGINX, email);
process.stdout.write(`${jar.sid}\n`);

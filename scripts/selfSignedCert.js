// A self-signed certificate for https://localhost, made once and kept in .certs/ (git-ignored).
const fs = require("fs");
const path = require("path");

const DIR = path.resolve(__dirname, "../.certs");
const KEY = path.join(DIR, "localhost.key");
const CERT = path.join(DIR, "localhost.crt");

function selfSignedCert() {
  if (fs.existsSync(KEY) && fs.existsSync(CERT)) return { key: fs.readFileSync(KEY), cert: fs.readFileSync(CERT) };
  const selfsigned = require("selfsigned");
  const pems = selfsigned.generate([{ name: "commonName", value: "localhost" }], {
    keySize: 2048,
    days: 825,
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames: [{ type: 2, value: "localhost" }, { type: 7, ip: "127.0.0.1" }] },
    ],
  });
  fs.mkdirSync(DIR, { recursive: true });
  fs.writeFileSync(KEY, pems.private, { mode: 0o600 });
  fs.writeFileSync(CERT, pems.cert);
  return { key: pems.private, cert: pems.cert };
}

module.exports = { selfSignedCert };

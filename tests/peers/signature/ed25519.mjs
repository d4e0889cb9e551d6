// An independent Ed25519 implementation (Node's crypto, i.e. OpenSSL) for tst_signature_peer:
//   node ed25519.mjs sign <timestamp> <body-hex>
//       makes a fresh key pair, signs timestamp + body as Discord signs interactions, prints JSON
//       {"public_key": hex, "signature": hex} on stdout
//   node ed25519.mjs verify <public-key-hex> <signature-hex> <message-hex>
//       exits 0 when the signature of the message is valid, 1 when it is not
import { generateKeyPairSync, createPublicKey, sign, verify } from 'node:crypto';

// The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it.
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const [mode, ...args] = process.argv.slice(2);
if (mode === 'sign') {
    const [timestamp, bodyHex] = args;
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const spki = publicKey.export({ format: 'der', type: 'spki' });
    const message = Buffer.concat([Buffer.from(timestamp, 'utf8'), Buffer.from(bodyHex, 'hex')]);
    const signature = sign(null, message, privateKey);
    process.stdout.write(JSON.stringify({
        public_key: spki.subarray(SPKI_PREFIX.length).toString('hex'),
        signature: signature.toString('hex'),
    }));
} else if (mode === 'verify') {
    const [publicKeyHex, signatureHex, messageHex] = args;
    const key = createPublicKey({
        key: Buffer.concat([SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
        format: 'der',
        type: 'spki',
    });
    const ok = verify(null, Buffer.from(messageHex, 'hex'), key, Buffer.from(signatureHex, 'hex'));
    process.exit(ok ? 0 : 1);
} else {
    process.stderr.write('usage: ed25519.mjs sign TIMESTAMP BODY_HEX | verify PUBLIC_KEY_HEX SIGNATURE_HEX MESSAGE_HEX\n');
    process.exit(2);
}

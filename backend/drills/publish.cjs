// A device fleet for the fault drills: publishes RATE events/s (QoS 1, MQTT 5) for SECONDS s,
// round-robin over the given serials, through one persistent session that survives a broker
// restart (clean start off, stable client id, resends what was in flight). Every event the broker
// acknowledged is written to ACKED as "<eventId> <epoch ms of the PUBACK>", so a drill compares what
// the broker took with what the backend stored. Exits 0 when every event was acknowledged.
//
//   node publish.cjs <port> <run> <rate> <seconds> <acked-file> <payload-bytes> <serial>...
const fs = require('fs');
const mqtt = require('mqtt');

const [port, run, rate, seconds, ackedFile, payloadBytes, ...serials] = process.argv.slice(2);
const perTick = Number(rate) / 100;
const total = Number(rate) * Number(seconds);
const acked = fs.createWriteStream(ackedFile);
const client = mqtt.connect(`mqtt://127.0.0.1:${port}`, {
  protocolVersion: 5, clientId: `${run}-fleet`, clean: false,
  properties: { sessionExpiryInterval: 3600 }, reconnectPeriod: 500, connectTimeout: 5000,
});
let sent = 0, ok = 0, failed = 0, debt = 0;

function event(n) {
  const serial = serials[n % serials.length];
  const body = { eventId: `${run}-${n}`, serial, type: 'MOTION', time: new Date().toISOString() };
  const padding = Number(payloadBytes) - JSON.stringify(body).length - ',"note":""'.length;
  if (padding > 0) body.note = 'x'.repeat(padding);
  return [`xiangli/devices/${serial}/events`, JSON.stringify(body)];
}

client.on('error', e => console.error(`publisher: ${e.message}`));
client.once('connect', () => {
  const tick = setInterval(() => {
    debt += perTick;
    for (; debt >= 1 && sent < total; debt--) {
      const n = sent++;
      const [topic, payload] = event(n);
      client.publish(topic, payload, { qos: 1 }, err => {
        if (err) failed++; else { ok++; acked.write(`${run}-${n} ${Date.now()}\n`); }
      });
    }
    if (sent >= total) clearInterval(tick);
  }, 10);
  const deadline = Date.now() + (Number(seconds) + 180) * 1000;
  const done = setInterval(() => {
    if ((sent >= total && ok + failed >= total) || Date.now() > deadline) {
      clearInterval(done);
      acked.end(() => {
        console.log(`publisher: ${sent} published, ${ok} acknowledged by the broker, ${failed} refused, ${sent - ok - failed} unanswered`);
        client.end(true, () => process.exit(ok === total ? 0 : 1));
      });
    }
  }, 200);
});

// Publish-to-dashboard latency across instances: graphql-ws subscribers of alertChanged on every
// given backend (as the dashboard's operator), panic presses published over MQTT one every 50 ms
// while a background load of LOAD events/s flows through the same broker; prints, per backend, the
// time from each press's publish to its RAISED change on that backend's subscription. Exits 0 when
// every press reached every subscriber.
//
//   node latency.cjs <mqtt-port> <run> <token> <presses> <load/s> <http-port>...
const mqtt = require('mqtt');
const WebSocket = require('ws');

const [mqttPort, run, token, presses, load, ...httpPorts] = process.argv.slice(2);
const SAMPLES = Number(presses);
const panics = Array.from({ length: SAMPLES }, (_, i) => `DEMO-HH${String(i + 1).padStart(4, '0')}-P`);
const loadDevices = Array.from({ length: 300 }, (_, i) => `DEMO-HH${String(i + 201).padStart(4, '0')}-M`);
const published = new Map();
const latencies = Object.fromEntries(httpPorts.map(p => [p, []]));
const seenSerials = Object.fromEntries(httpPorts.map(p => [p, []]));

function subscribe(port) {
  return new Promise((listening, failed) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } })));
    ws.on('error', failed);
    ws.on('message', raw => {
      const message = JSON.parse(raw);
      if (message.type === 'connection_ack') {
        ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: {
          query: 'subscription { alertChanged(within: "330113") { action alert { detail } } }' } }));
        setTimeout(listening, 1000, ws);
      } else if (message.type === 'ping') {
        ws.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'next') {
        const change = message.payload.data?.alertChanged;
        const serial = change?.alert?.detail?.match(/panic button (\S+) pressed/)?.[1];
        if (change?.action === 'RAISED' && published.has(serial)) {
          latencies[port].push(performance.now() - published.get(serial));
          seenSerials[port].push(serial);
        }
      } else if (message.type === 'error') {
        failed(new Error(`subscription refused on ${port}: ${JSON.stringify(message.payload)}`));
      }
    });
  });
}

function event(eventId, serial, type) {
  return JSON.stringify({ eventId, serial, type, time: new Date().toISOString() });
}

function pct(sorted, q) {
  return sorted.length === 0 ? 0 : sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

(async () => {
  const sockets = await Promise.all(httpPorts.map(subscribe));
  const client = mqtt.connect(`mqtt://127.0.0.1:${mqttPort}`, { protocolVersion: 5, clientId: `${run}-latency`, clean: true });
  await new Promise(resolve => client.once('connect', resolve));
  let loadSent = 0;
  const loadStarted = performance.now();
  const background = setInterval(() => {
    for (let k = 0; k < Number(load) / 100; k++, loadSent++) {
      const serial = loadDevices[loadSent % loadDevices.length];
      client.publish(`xiangli/devices/${serial}/events`, event(`${run}-bg-${loadSent}`, serial, 'MOTION'), { qos: 1 });
    }
  }, 10);
  await new Promise(resolve => setTimeout(resolve, 3000));
  for (const serial of panics) {
    published.set(serial, performance.now());
    client.publish(`xiangli/devices/${serial}/events`, event(`${run}-p-${serial}`, serial, 'PRESSED'), { qos: 1 });
    await new Promise(resolve => setTimeout(resolve, 50));
  }
  const loadRate = loadSent / ((performance.now() - loadStarted) / 1000);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && httpPorts.some(p => latencies[p].length < SAMPLES)) {
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  clearInterval(background);
  let complete = true;
  for (const port of httpPorts) {
    const sorted = latencies[port].sort((a, b) => a - b);
    complete &&= sorted.length === SAMPLES;
    console.log(`latency: subscriber on :${port}: ${sorted.length} of ${SAMPLES} presses while publishing ${loadRate.toFixed(0)} events/s,`
      + ` p50 ${pct(sorted, 0.5).toFixed(1)} ms, p95 ${pct(sorted, 0.95).toFixed(1)} ms, p99 ${pct(sorted, 0.99).toFixed(1)} ms,`
      + ` max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`);
  }
  for (const port of httpPorts) {
    const seen = new Set(seenSerials[port]);
    const missing = panics.filter(serial => !seen.has(serial));
    if (missing.length > 0) {
      console.log(`latency: subscriber on :${port} missed ${missing.length}: ${missing.slice(0, 10).join(' ')}…`);
      require('fs').writeFileSync(`${process.env.DRILL_MISSED ?? '/dev/null'}-${port}`, missing.join('\n') + '\n');
    }
  }
  console.log(`latency: background load ${loadSent} events (${run}-bg-*)`);
  sockets.forEach(ws => ws.close());
  client.end(false, () => process.exit(complete ? 0 : 1));
})().catch(e => { console.error(`latency: ${e.message}`); process.exit(1); });

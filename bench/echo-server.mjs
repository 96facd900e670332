// The screens benchmark's limit: a bare WebSocket relay on loopback. Every message from one
// client goes to every other client, unchanged: the console page to the server to the hall
// page, with no engine in between. Bench only; the product server has no such path.
import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
wss.on('listening', () => console.log(`echo listening on ${wss.address().port}`));
wss.on('connection', (ws) => {
  ws.on('message', (data, isBinary) => {
    for (const other of wss.clients) if (other !== ws && other.readyState === other.OPEN) other.send(data, { binary: isBinary });
  });
});
// Ends with its parent: the bench never leaves it behind.
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));

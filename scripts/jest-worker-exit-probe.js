// Diagnoses "A worker process has failed to exit gracefully": load it into every Jest worker with
//   NODE_OPTIONS="--require $PWD/scripts/jest-worker-exit-probe.js" yarn backstage-cli repo test
// When jest-worker sends a worker its end message, this records what still holds the worker's
// event loop and how long the worker then takes to exit, one line per worker in
// $JEST_EXIT_PROBE_LOG (default /tmp/jest-worker-exit.log).
const fs = require('fs');

const CHILD_MESSAGE_END = 2; // jest-worker's message type for "finish and exit"
const log = process.env.JEST_EXIT_PROBE_LOG || '/tmp/jest-worker-exit.log';

if (process.send) {
  const onMessage = message => {
    if (!Array.isArray(message) || message[0] !== CHILD_MESSAGE_END) return;
    // this listener would itself keep the IPC channel referenced
    process.removeListener('message', onMessage);
    const endedAt = Date.now();
    setImmediate(() => {
      const state = {
        pid: process.pid,
        resources: process.getActiveResourcesInfo(),
        messageListeners: process.listenerCount('message'),
        disconnectListeners: process.listenerCount('disconnect'),
        heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
      };
      fs.appendFileSync(log, `${JSON.stringify(state)}\n`);
    });
    process.on('exit', () =>
      fs.appendFileSync(
        log,
        `${process.pid} exited ${
          Date.now() - endedAt
        } ms after the end message\n`,
      ),
    );
  };
  process.on('message', onMessage);
}

// Preloaded into the Agents Playground (NODE_OPTIONS=--require …) so that its servers listen on
// 127.0.0.1 only. Playground 0.2.28 calls server.listen(port) without a host, which binds every
// interface, and it has no option to change that. This patch adds the host to any listen() call
// that names a port but no host; calls that pass a host, a path or a handle are left alone.
'use strict';
const net = require('net');

const originalListen = net.Server.prototype.listen;

net.Server.prototype.listen = function listenOnLoopback(...args) {
  const first = args[0];
  if (first === undefined || typeof first === 'function') {
    args.unshift(0, '127.0.0.1'); // listen() / listen(cb): random port
  } else if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof args[1] !== 'string') {
      args.splice(1, 0, '127.0.0.1'); // listen(port[, backlog][, cb])
    }
  } else if (first !== null && typeof first === 'object' && !('path' in first) && !('fd' in first)
             && !('_handle' in first) && first.host === undefined && first.port !== undefined) {
    args[0] = { ...first, host: '127.0.0.1' }; // listen({ port })
  }
  return originalListen.apply(this, args);
};

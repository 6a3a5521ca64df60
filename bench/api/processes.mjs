// Child processes of bench:api: the hub and the baselines, each a server on a free port that
// says on stdout when it listens. Their output is kept (the last lines only) so that a failed
// start can say why, and always read, so that a chatty server never blocks on a full pipe.
import { spawn } from 'node:child_process';
import net from 'node:net';

const KEPT_LINES = 200;

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node <args>` and resolves once a line of its stdout matches `ready` (the URL is the
 * first capture group), rejecting with the process's output if it exits or takes too long.
 */
export function startServer({ name, args, env, ready, timeoutMs = 60_000, cwd }) {
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  const keep = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      lines.push(line);
      if (lines.length > KEPT_LINES) lines.shift();
    }
  };
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const output = () => lines.join('\n');
  return new Promise((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => fail(new Error(`${name} did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    const fail = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      error.message += `\n--- output of ${name} ---\n${output()}`;
      reject(error);
    };
    let buffered = '';
    child.stdout.on('data', (chunk) => {
      keep(chunk);
      if (settled) return;
      buffered += chunk.toString();
      const match = buffered.match(ready);
      if (match) {
        settled = true;
        clearTimeout(timer);
        buffered = '';
        const handle = { name, url: match[1], pid: child.pid, output, exit: null, stop: () => stopChild(child, exited, name, output) };
        // A server that dies under load must not pass for a slow one.
        exited.then((result) => {
          handle.exit = result;
          if (!handle.stopping) process.stderr.write(`${name} exited (code ${result.code}, signal ${result.signal})\n${output().split('\n').slice(-30).join('\n')}\n`);
        });
        const stop = handle.stop;
        handle.stop = () => {
          handle.stopping = true;
          return stop();
        };
        resolve(handle);
      }
    });
    child.stderr.on('data', keep);
    exited.then(({ code, signal }) => fail(new Error(`${name} exited during start (code ${code}, signal ${signal})`)));
  });
}

/** SIGTERM, then SIGKILL if the process is still there after 15 s; resolves with its exit code. */
async function stopChild(child, exited, name, output) {
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const result = await exited;
  clearTimeout(timer);
  if (result.code !== 0) process.stderr.write(`warning: ${name} stopped with code ${result.code} (signal ${result.signal})\n${output().split('\n').slice(-20).join('\n')}\n`);
  return result;
}

/** Runs a command to completion, its output passed through; rejects on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: options.quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit', ...options });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${output}`))));
  });
}

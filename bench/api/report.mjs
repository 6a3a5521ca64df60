// Figures of bench:api: medians across rounds, ratios against the baselines with the issue's
// targets, as Markdown for the terminal and for bench/README.md (between its markers).
import fs from 'node:fs';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { SCENARIOS } from './scenarios.mjs';
import { PAIRS, SUBJECTS } from './subjects.mjs';

export const START_MARKER = '<!-- bench:api:start -->';
export const END_MARKER = '<!-- bench:api:end -->';

export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function machine(postgresVersion, repo) {
  const cpus = os.cpus();
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: repo }).toString().trim();
    } catch {
      return '';
    }
  };
  const dirty = git('status', '--porcelain', '--', 'server/src').length > 0;
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    postgres: postgresVersion,
    date: new Date().toISOString(),
    hubCommit: `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in server/src' : ''}`,
    // Other work on the machine shares its cores with every subject: worth knowing when reading the figures.
    loadAverage: os.loadavg()[0],
  };
}

/** Median req/s, p50 and p99 of every scenario, connection count and subject, with the failures summed. */
export function summarize(measurements) {
  const summary = {};
  for (const [scenario, byConnections] of Object.entries(measurements)) {
    for (const [connections, bySubject] of Object.entries(byConnections)) {
      for (const [subject, rounds] of Object.entries(bySubject)) {
        const sum = (key) => rounds.reduce((total, round) => total + (round[key] ?? 0), 0);
        ((summary[scenario] ??= {})[connections] ??= {})[subject] = {
          requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
          p50: median(rounds.map((r) => r.p50)),
          p99: median(rounds.map((r) => r.p99)),
          rounds: rounds.length,
          failed: sum('non2xx') + sum('withErrors') + sum('socketErrors') + sum('timeouts'),
          non2xx: sum('non2xx'),
        };
      }
    }
  }
  return summary;
}

/** Every pair of every measured scenario and connection count with its ratio and verdicts. */
export function verdicts(summary) {
  const rows = [];
  for (const [scenario, byConnections] of Object.entries(summary)) {
    for (const [connections, bySubject] of Object.entries(byConnections)) {
      const hub = bySubject.hub;
      for (const pair of PAIRS[scenario]) {
        const base = bySubject[pair.baseline];
        if (!hub || !base) continue;
        const ratio = hub.requestsPerSecond / base.requestsPerSecond;
        const checkP99 = pair.p99 && Number(connections) === 50;
        rows.push({
          scenario,
          connections: Number(connections),
          baseline: pair.baseline,
          hub,
          base,
          ratio,
          target: pair.ratio,
          met: ratio >= pair.ratio,
          p99Met: checkP99 ? hub.p99 <= base.p99 : null,
        });
      }
    }
  }
  return rows;
}

const number = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const statements = (value) => (Number.isFinite(value) ? (Math.abs(value - Math.round(value)) < 0.05 ? Math.round(value).toString() : value.toFixed(1)) : '–');

export function renderMarkdown({ machine: m, settings, summary, statementCounts, fixture, restarts = {} }) {
  const rows = verdicts(summary);
  const lines = [];
  lines.push(
    `Run of ${m.date.slice(0, 16).replace('T', ' ')} UTC on ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB; ${m.os}; Node ${m.node}; PostgreSQL ${m.postgres}; hub at ${m.hubCommit}; load average ${m.loadAverage.toFixed(2)} before the run.`,
    `Data: ${fixture.counts.communities} communities, ${fixture.counts.threads} threads, ${fixture.counts.posts} posts. ` +
      `Settings: ${settings.rounds} round(s) of ${settings.duration} s per measurement after a ${settings.warmup} s warm-up, ` +
      `connections ${settings.connections.join(' and ')}; medians across rounds; latencies in ms; SQL/req = statements per request ` +
      `(${settings.countRequests} sequential requests through the counting proxy).`,
    '',
  );
  for (const scenario of Object.keys(summary)) {
    lines.push(`**${scenario}** — ${SCENARIOS[scenario].title}`, '');
    lines.push('| conns | hub req/s | p50 | p99 | SQL/req | baseline | req/s | p50 | p99 | SQL/req | hub/baseline | target | verdict |');
    lines.push('|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---|');
    for (const row of rows.filter((r) => r.scenario === scenario)) {
      const target = `≥ ${row.target.toFixed(2)}×${row.p99Met !== null ? ', p99 ≤ baseline' : ''}`;
      const verdict = [row.met ? 'met' : 'missed', ...(row.p99Met === null ? [] : [`p99 ${row.p99Met ? 'met' : 'missed'}`])].join(', ');
      lines.push(
        `| ${row.connections} | ${number(row.hub.requestsPerSecond)} | ${number(row.hub.p50)} | ${number(row.hub.p99)} | ${statements(statementCounts[scenario]?.hub?.perRequest)} ` +
          `| ${SUBJECTS[row.baseline].label} | ${number(row.base.requestsPerSecond)} | ${number(row.base.p50)} | ${number(row.base.p99)} | ${statements(statementCounts[scenario]?.[row.baseline]?.perRequest)} ` +
          `| ${number(row.ratio, 2)}× | ${target} | ${verdict} |`,
      );
    }
    lines.push('');
  }
  const failures = [];
  for (const [scenario, byConnections] of Object.entries(summary)) {
    for (const [connections, bySubject] of Object.entries(byConnections)) {
      for (const [subject, s] of Object.entries(bySubject)) {
        if (s.failed) failures.push(`${scenario} at ${connections} connections, ${SUBJECTS[subject].label}: ${s.failed} failed (${s.non2xx} not 2xx)`);
      }
    }
  }
  lines.push(failures.length ? `Failed requests during load: ${failures.join('; ')}.` : 'Every answer during load was a 2xx without GraphQL errors.');
  const restarted = Object.entries(restarts).map(([subject, n]) => `${SUBJECTS[subject].label} ${n}×`);
  if (restarted.length) lines.push(`Subjects found stopped and started again (their measurement repeated): ${restarted.join(', ')}.`);
  const idle = Object.values(statementCounts).flatMap((bySubject) => Object.entries(bySubject)).filter(([, c]) => c.idlePerSecond > 0);
  if (idle.length) lines.push(`Idle statements subtracted: ${idle.map(([subject, c]) => `${SUBJECTS[subject].label} ${c.idlePerSecond.toFixed(1)}/s`).join(', ')}.`);
  return lines.join('\n');
}

/** Puts `block` between the markers of the README, which is created if missing; the rest is kept. */
export function writeReadme(file, block) {
  const section = `${START_MARKER}\n${block}\n${END_MARKER}`;
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n\n## bench:api\n\n';
  const start = current.indexOf(START_MARKER);
  const end = current.indexOf(END_MARKER);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section + current.slice(end + END_MARKER.length)
      : `${current.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(file, next);
}

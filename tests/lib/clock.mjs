// The test instance's clock (Clock.ShiftFile, core/clock.h): move the
// portal's time ahead, as if days had passed, for the responders, dvcctl
// and the database's NOW() alike, and back. Every process looks at the
// file at most once a real second, so each change waits a little over a
// second before it returns.
import { writeFileSync, unlinkSync, existsSync } from 'node:fs';
import { RUN } from './env.mjs';

export const SHIFT_FILE = `${RUN}/clock-shift`;
const settle = () => new Promise((r) => setTimeout(r, 1200));

// The portal's clock runs `seconds` ahead of the real one from now on.
export async function shiftClock(seconds) {
  writeFileSync(SHIFT_FILE, `${Math.round(seconds)}\n`, { mode: 0o644 });
  await settle();
}

// Real time again.
export async function resetClock() {
  if (existsSync(SHIFT_FILE)) unlinkSync(SHIFT_FILE);
  await settle();
}

export const DAY = 86400;

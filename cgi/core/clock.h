/* The portal's clock: the time deadlines, notices, queues and the
 * database's NOW() are counted in.
 *
 * Normally the real time. A test or training instance may name a file in
 * Clock.ShiftFile holding a number of seconds (e.g. 259200 for three days
 * on): the business clock then runs that far from the real one, in the
 * responders (cal_now), in dvcctl and in every database session (MariaDB's
 * session timestamp, so NOW(), CURDATE() and the triggers agree), so a
 * test can take a dossier past its due date without waiting or writing a
 * date in SQL. The file is read again when it changes (at most once a
 * second); nothing in a request can move it. Logs, the second factor's
 * codes, cookies and file ages keep the real time.
 *
 * Per-process state, set up once by clock_init() after the configuration
 * is loaded. */
#ifndef DVC_CLOCK_H
#define DVC_CLOCK_H

struct config;

/* Notes the configuration's Clock.ShiftFile (empty: real time). */
void clock_init(const struct config *cfg);
/* Seconds the business clock runs ahead of the real one (0 normally). */
long long clock_shift(void);
/* The business clock: unix seconds, real time plus the shift. */
long long clock_now(void);

#endif

/* The processes that serve requests: a responder's start (configuration,
 * templates, checks), its supervisor keeping N workers on the listening
 * socket, and each worker's accept loop (request_serve for each
 * request). See request.h for responder_main. */
/* ppoll */
#define _GNU_SOURCE 1
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/metrics.h"
#include "core/pagecache.h"
#include "core/render.h"
#include "core/request.h"
#include "core/upload.h"
#include "core/util.h"

/* Worker and supervisor state, not request state: which signals came.
 * The handlers only set these; the signals are blocked except while a
 * process waits (ppoll, sigsuspend), so none arrives in the middle of a
 * request and none is missed between a look at these and the wait. */
static volatile sig_atomic_t stop_requested;	/* SIGTERM, SIGINT */
static volatile sig_atomic_t hup_requested;	/* SIGHUP */
/* SIGUSR2, from a worker's supervisor: replaced by a worker forked with
 * new shared data (a new catalogue), which is already taking connections
 * from the same socket: finish the request in hand and go, without the
 * drain of SIGTERM (the connections waiting are the new workers', and
 * draining would serve the old catalogue for another second) */
static volatile sig_atomic_t retire_requested;

static void
on_signal(int sig)
{
	if (sig == SIGHUP)
		hup_requested = 1;
	else if (sig == SIGUSR2)
		retire_requested = 1;
	else if (sig != SIGCHLD)
		stop_requested = 1;
}

/* Handlers for TERM, INT, HUP, and CHLD for a supervisor or USR2 for a
 * worker, blocked; old gets the mask to wait with (all of them open). */
static void
catch_signals(int supervisor, sigset_t *old)
{
	struct sigaction sa;
	sigset_t block;
	int own = supervisor ? SIGCHLD : SIGUSR2;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;	/* no SA_RESTART: waits return EINTR */
	sigemptyset(&block);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGHUP);
	sigaddset(&block, own);
	sigprocmask(SIG_BLOCK, &block, old);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(own, &sa, NULL);
	sigdelset(old, SIGTERM);
	sigdelset(old, SIGINT);
	sigdelset(old, SIGHUP);
	sigdelset(old, own);
}

/* The program's own argv, kept for a reload (re-exec of the same
 * binary with the same arguments). */
static char **self_argv;
/* The binary's path at start: a reload runs what is installed there now
 * (an upgrade installed in place is taken up by a reload). */
static char self_exe[PATH_MAX];

static void
exec_self(char **av)
{
	if (self_exe[0])
		execv(self_exe, av);
	execv("/proc/self/exe", av);
}

/* Runs this program with -t on the same arguments: the configuration and
 * templates as a reload would read them. 0 when they are good; the
 * check's own message goes to stderr (the journal, spawn-fcgi's log). */
static int
check_new_config(void)
{
	int n, st;
	pid_t p;

	for (n = 0; self_argv[n]; n++)
		;
	if ((p = fork()) == 0) {
		char **av = xcalloc((size_t)n + 2, sizeof(*av));
		int fd = open("/dev/null", O_WRONLY);
		sigset_t none;

		memcpy(av, self_argv, (size_t)n * sizeof(*av));
		av[n] = "-t";
		if (fd >= 0)
			dup2(fd, 1);
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		exec_self(av);
		_exit(127);
	}
	if (p < 0)
		return -1;
	while (waitpid(p, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) && WEXITSTATUS(st) == 0 ? 0 : -1;
}

/* Reload: the same binary again with the same arguments, so everything
 * read at start (configuration, secret, templates, trust store, the log
 * file, reopened after a rotation) is read afresh. The listening socket
 * and, for a supervisor, the workers that are still serving go along in
 * the environment (DVC_LISTEN_FD, DVC_REPLACES); the new image starts its
 * workers first, then lets the old ones finish. Returns only when the new
 * configuration does not pass -t or exec fails: the process then goes on
 * as it was. */
static void
reexec(int listen_fd, const pid_t *pid, long n)
{
	char fdv[16];
	struct buf olds = BUF_INIT;
	long i;

	if (check_new_config() != 0) {
		log_event(LOG_ERR_, "reload", NULL, "error",
		    "the new configuration did not pass -t: still serving with the old one",
		    NULL);
		return;
	}
	for (i = 0; i < n; i++)
		if (pid[i] > 0)
			buf_printf(&olds, "%s%d", olds.len ? " " : "", (int)pid[i]);
	snprintf(fdv, sizeof(fdv), "%d", listen_fd);
	setenv("DVC_LISTEN_FD", fdv, 1);
	setenv("DVC_REPLACES", buf_str(&olds), 1);
	buf_free(&olds);
	log_event(LOG_INFO_, "reload", NULL, "config", "re-reading", NULL);
	log_close();
	fcntl(listen_fd, F_SETFD, 0);	/* kept open across exec */
	exec_self(self_argv);
	unsetenv("DVC_LISTEN_FD");
	unsetenv("DVC_REPLACES");
	log_errorf("reload: exec: %s", strerror(errno));
}

/* --- processes --------------------------------------------------------- */

/* The request's input read to its end, if little is left (a GET's empty
 * stdin record, the rest of a form). libfcgi closes a connection by
 * half-closing it and waiting for the web server to close its side (up
 * to 2 s), so that input still coming is not cut off; that wait held the
 * worker until a busy nginx got round to the connection (measured: the
 * login pool's workers idle in it beside 200 catalogue readers). With the
 * input at its end nothing more comes, and the worker may close at once
 * (FCGX_Request.detached: no half-close). Input left unread (a refused
 * upload) keeps the wait. 1 when at the end. */
#define DRAIN_MAX 65536

static int
input_drained(FCGX_Request *fx)
{
	char b[4096];
	int n, total = 0;

	while ((n = FCGX_GetStr(b, sizeof(b), fx->in)) > 0)
		if ((total += n) > DRAIN_MAX)
			return 0;
	return FCGX_HasSeenEOF(fx->in) == EOF;
}

/* After SIGTERM: the connections already waiting on the socket are
 * served before the worker exits, so a restart that put a new socket in
 * place (spawn-fcgi, -s) loses none; at most a second of them, since
 * under systemd the socket stays and the next process takes the rest. */
#define DRAIN_SECONDS 1.0

static int
worker(const struct config *cfg, const struct responder *rs, int listen_fd,
    int lone)
{
	FCGX_Request fx;
	struct db *db = db_new(cfg, rs->db_account);
	long served = 0;
	double drain_until = 0;
	sigset_t waitmask;

	catch_signals(0, &waitmask);
	FCGX_InitRequest(&fx, listen_fd, 0);
	pagecache_init((size_t)cfg_int(cfg, "Catalog.CacheBytes"));
	metrics_open(cfg, rs->name);
	/* Wait for the next request with ppoll(), which is where signals
	 * come in; with periodic work (e.g. writing counted views) with a
	 * timeout, so an idle worker still does it. The socket is
	 * non-blocking because another worker may take the connection first
	 * (accepted sockets do not inherit the flag). */
	fcntl(listen_fd, F_SETFL, fcntl(listen_fd, F_GETFL) | O_NONBLOCK);
	if (rs->idle)
		rs->idle(db, cfg);	/* e.g. load the catalogue before serving */
	for (;;) {
		struct pollfd p = { listen_fd, POLLIN, 0 };
		struct timespec ts = { 1, 0 }, zero = { 0, 0 };
		int r, rc;

		if (retire_requested)
			break;
		if (stop_requested && drain_until == 0)
			drain_until = now_mono() + DRAIN_SECONDS;
		if (hup_requested) {
			hup_requested = 0;
			/* a supervisor's worker is replaced by the reloaded
			 * supervisor; a lone one (mod_fcgid, spawn-fcgi -F)
			 * reloads itself between two requests */
			if (lone && !stop_requested) {
				if (rs->end)
					rs->end(db, cfg);
				db_disconnect(db);	/* not carried across exec */
				reexec(listen_fd, NULL, 0);
			}
		}
		if (drain_until && now_mono() > drain_until)
			break;
		r = ppoll(&p, 1, drain_until ? &zero : rs->idle ? &ts : NULL,
		    &waitmask);
		if (r < 0 && errno == EINTR)
			continue;	/* the loop looks at the flags */
		if (r == 0) {
			if (drain_until)
				break;	/* nobody waiting: done */
			rs->idle(db, cfg);
			continue;
		}
		rc = FCGX_Accept_r(&fx);
		if (rc == -EAGAIN || rc == -EWOULDBLOCK || rc == -EINTR)
			continue;	/* taken by another worker */
		if (rc < 0)
			break;
		request_serve(cfg, rs, db, &fx);
		if (input_drained(&fx))
			fx.detached = 1;	/* close at once: see input_drained */
		FCGX_Finish_r(&fx);
		/* work that need not keep anyone waiting */
		if (rs->idle)
			rs->idle(db, cfg);
		/* Recycle: a fresh process bounds whatever a long life
		 * accumulates (fragmentation, a leak in a library). */
		if (cfg->max_requests > 0 && ++served >= cfg->max_requests)
			break;
	}
	if (rs->end)
		rs->end(db, cfg);
	FCGX_Free(&fx, 0);
	db_free(db);
	pagecache_free();
	metrics_close();
	return 0;
}

/* The workers a reloaded supervisor takes over from its previous image
 * (DVC_REPLACES): told to finish once the new ones are running. */
static void
stop_replaced(void)
{
	const char *e = getenv("DVC_REPLACES");
	char *end;
	long v;

	if (e == NULL)
		return;
	while (*e) {
		v = strtol(e, &end, 10);
		if (end == e)
			break;
		if (v > 1)
			kill((pid_t)v, SIGTERM);
		e = end;
	}
	unsetenv("DVC_REPLACES");
}

/* Keeps n workers on the shared listening socket and replaces each one
 * that exits (recycling or a crash). spawn-fcgi or systemd starts this
 * process; it does not restart children itself. SIGHUP: reload (reexec);
 * SIGTERM: the workers finish what they are serving, then all exit. A
 * worker dies with its supervisor (PR_SET_PDEATHSIG): no orphan keeps
 * serving with the old configuration beside a new supervisor. */
static int
supervise(const struct config *cfg, const struct responder *rs, int fd, long n,
    int *is_child)
{
	pid_t *pid = xcalloc((size_t)n, sizeof(*pid));
	pid_t *retire = xcalloc((size_t)n, sizeof(*retire));
	time_t *born = xcalloc((size_t)n, sizeof(*born));
	pid_t me = getpid();
	sigset_t waitmask;
	struct db *db = rs->share ? db_new(cfg, rs->db_account) : NULL;
	double share_at = 0, next = 1;
	long i;
	int st, started = 0, shared = 0;

	catch_signals(1, &waitmask);
	for (;;) {
		pid_t w;

		if (db && !stop_requested && now_mono() >= share_at) {
			if (rs->share(db, cfg, &next) > 0) {
				/* new data: new workers take the socket, then
				 * the old ones finish what they are serving */
				for (i = 0; i < n; i++) {
					retire[i] = pid[i];
					pid[i] = 0;
					born[i] = 0;
				}
				shared = 1;
			}
			share_at = now_mono() + next;
		}
		for (i = 0; i < n && pid[i] > 0; i++)
			;
		/* a child must not inherit the connection: its exit would
		 * close the supervisor's session on the server */
		if (db && i < n)
			db_disconnect(db);
		for (i = 0; i < n && !stop_requested; i++) {
			if (pid[i] > 0)
				continue;
			if (born[i] && time(NULL) - born[i] < 1)
				sleep(1);	/* a crash loop must not spin */
			born[i] = time(NULL);
			if ((pid[i] = fork()) == 0) {
				sigset_t none;

				/* The child serves, then returns to
				 * responder_main, which frees what it owns. */
				prctl(PR_SET_PDEATHSIG, SIGTERM);
				if (getppid() != me)
					_exit(0);	/* the supervisor is gone */
				free(pid);
				free(retire);
				free(born);
				db_free(db);
				signal(SIGCHLD, SIG_DFL);
				sigemptyset(&none);
				sigprocmask(SIG_SETMASK, &none, NULL);
				unsetenv("DVC_LISTEN_FD");
				*is_child = 1;
				return worker(cfg, rs, fd, 0);
			}
			if (pid[i] < 0) {
				log_errorf("fork: %s", strerror(errno));
				pid[i] = 0;
			}
		}
		if (!started) {
			/* the new workers are on the socket: the ones of the
			 * image before a reload may finish now */
			started = 1;
			stop_replaced();
		}
		if (shared) {
			shared = 0;
			for (i = 0; i < n; i++)
				if (retire[i] > 0)
					kill(retire[i], SIGUSR2);
			memset(retire, 0, (size_t)n * sizeof(*retire));
			rs->share_done();
		}
		if (stop_requested)
			break;
		if (hup_requested) {
			hup_requested = 0;
			if (db)
				db_disconnect(db);	/* not carried across exec */
			reexec(fd, pid, n);
			continue;	/* refused: go on as before */
		}
		while ((w = waitpid(-1, &st, WNOHANG)) > 0) {
			for (i = 0; i < n; i++)
				if (pid[i] == w)
					pid[i] = 0;
			if (WIFSIGNALED(st) && WTERMSIG(st) != SIGTERM) {
				char sig[16];

				snprintf(sig, sizeof(sig), "%d", WTERMSIG(st));
				log_event(LOG_ERR_, "worker", NULL, "error",
				    "worker died", "signal", sig, NULL);
			} else if (WIFEXITED(st) && WEXITSTATUS(st) != 0) {
				char code[16];

				snprintf(code, sizeof(code), "%d", WEXITSTATUS(st));
				log_event(LOG_ERR_, "worker", NULL, "error",
				    "worker exited with an error", "status", code, NULL);
			}
		}
		for (i = 0; i < n && pid[i] > 0; i++)
			;
		if (i == n && !stop_requested && !hup_requested) {
			/* a child's end, a signal, or the time to look at
			 * the shared data again */
			double wait = share_at - now_mono();
			struct timespec ts;

			if (db == NULL)
				sigsuspend(&waitmask);
			else if (wait > 0) {
				ts.tv_sec = (time_t)wait;
				ts.tv_nsec = (long)((wait - (double)ts.tv_sec) * 1e9);
				ppoll(NULL, 0, &ts, &waitmask);
			}
		}
	}
	for (i = 0; i < n; i++)
		if (pid[i] > 0)
			kill(pid[i], SIGTERM);
	/* all of them, the workers of an image before a reload too */
	while (wait(&st) > 0 || errno == EINTR)
		;
	free(pid);
	free(retire);
	free(born);
	db_free(db);
	return 0;
}

/* Whether file (Log.File; "" is standard error) can be appended to, or
 * made in its folder; errno says why not. */
static int
log_writable(const char *file)
{
	char dir[PATH_MAX];
	const char *slash;

	if (file == NULL || *file == '\0')
		return 1;
	if (access(file, W_OK) == 0)
		return 1;
	if (errno != ENOENT || (slash = strrchr(file, '/')) == NULL ||
	    (size_t)(slash - file) >= sizeof(dir))
		return 0;
	snprintf(dir, sizeof(dir), "%.*s", (int)(slash - file), file);
	return access(*dir ? dir : "/", W_OK | X_OK) == 0;
}

/* fds 0-2 open, private umask: files this program makes are its own. */
static void
hygiene(void)
{
	int fd;

	umask(077);
	while ((fd = open("/dev/null", O_RDWR)) >= 0 && fd <= 2)
		;
	if (fd > 2)
		close(fd);
	signal(SIGPIPE, SIG_IGN);
}

static void
usage(const char *prog)
{
	fprintf(stderr, "usage: %s [-t] [-c CONFIG] [-s SOCKET] [-w WORKERS]\n"
	    "  -c  configuration file (default $DVC_CONFIG, then the installed one)\n"
	    "  -s  listen on this unix socket instead of fd 0 (spawn-fcgi, mod_fcgid)\n"
	    "  -w  run WORKERS processes and replace each one that exits\n"
	    "  -t  check the configuration and templates, then exit\n", prog);
}

int
responder_main(int argc, char **argv, const struct responder *rs)
{
	struct config cfg;
	const char *cpath = NULL, *sock = NULL;
	char err[1024], prog[64];
	long workers = 0;
	int c, check = 0, fd = 0, rc = 1, is_child = 0, loaded = 0, rendered = 0;
	const char *lvl;

	hygiene();
	self_argv = argv;
	{
		ssize_t l = readlink("/proc/self/exe", self_exe, sizeof(self_exe) - 1);

		self_exe[l > 0 ? l : 0] = '\0';
	}
	snprintf(prog, sizeof(prog), "dvc-%s", rs->name);
	while ((c = getopt(argc, argv, "c:s:w:th")) != -1) {
		switch (c) {
		case 'c':
			cpath = optarg;
			break;
		case 's':
			sock = optarg;
			break;
		case 'w':
			workers = strtol(optarg, NULL, 10);
			if (workers < 1 || workers > 256) {
				fprintf(stderr, "%s: -w takes 1 to 256\n", prog);
				return 2;
			}
			break;
		case 't':
			check = 1;
			break;
		default:
			usage(prog);
			return 2;
		}
	}
	cpath = config_default_path(cpath);
	if (config_load(&cfg, cpath, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: %s\n", prog, err);
		return 1;
	}
	loaded = 1;
	if (config_load_secret(&cfg, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: %s\n", prog, err);
		goto out;
	}
	/* a responder with sessions records logins and reads of personal
	 * data: without the audit key it does not start */
	if (rs->session && config_load_audit_key(&cfg, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: %s\n", prog, err);
		goto out;
	}
	lvl = cfg_str(&cfg, "Log.Level");
	/* -t (also run by a reload) must not make the log file: run as root
	 * by hand, it would leave one the responders' account cannot open */
	if (check && !log_writable(cfg_str(&cfg, "Log.File"))) {
		fprintf(stderr, "%s: %s: khóa Log.File: không ghi được %s: %s\n", prog,
		    cpath, cfg_str(&cfg, "Log.File"), strerror(errno));
		goto out;
	}
	if (log_open(prog, check ? NULL : cfg_str(&cfg, "Log.File"), (int)cfg_int(&cfg, "Log.Syslog"),
	    strcmp(lvl, "debug") == 0 ? LOG_DEBUG_ : strcmp(lvl, "warn") == 0 ?
	    LOG_WARN_ : strcmp(lvl, "error") == 0 ? LOG_ERR_ : LOG_INFO_) < 0) {
		fprintf(stderr, "%s: %s: khóa Log.File: không mở được %s: %s\n", prog,
		    cpath, cfg_str(&cfg, "Log.File"), strerror(errno));
		goto out;
	}
	rendered = 1;
	if (render_init(&cfg, rs->tpls, rs->ntpls, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: %s\n", prog, err);
		goto out;
	}
	{
		size_t i;

		for (i = 0; i < rs->nroutes; i++)
			if (rs->routes[i].flags & RF_UPLOAD)
				break;
		if (i < rs->nroutes && upload_prepare_dirs(&cfg, err, sizeof(err)) < 0) {
			fprintf(stderr, "%s: %s: khóa Storage.Dir: %s\n", prog, cpath, err);
			goto out;
		}
	}
	if (rs->start && rs->start(&cfg, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: %s: %s\n", prog, cpath, err);
		goto out;
	}
	if (check) {
		printf("%s: cấu hình %s và các mẫu trang hợp lệ\n", prog, cpath);
		rc = 0;
		goto out;
	}
	if (FCGX_Init() != 0) {
		fprintf(stderr, "%s: FCGX_Init failed\n", prog);
		goto out;
	}
	if (getenv("DVC_LISTEN_FD")) {
		/* a reload: the socket the previous image listened on */
		fd = (int)strtol(getenv("DVC_LISTEN_FD"), NULL, 10);
		unsetenv("DVC_LISTEN_FD");
		fcntl(fd, F_SETFD, FD_CLOEXEC);
	} else if (sock) {
		unlink(sock);
		if ((fd = FCGX_OpenSocket(sock, 128)) < 0) {
			fprintf(stderr, "%s: không lắng nghe được trên %s\n", prog, sock);
			goto out;
		}
		chmod(sock, 0660);
	} else if (FCGX_IsCGI()) {
		fprintf(stderr, "%s: fd 0 không phải socket FastCGI: hãy chạy qua "
		    "spawn-fcgi hoặc mod_fcgid, hoặc dùng -s SOCKET\n", prog);
		usage(prog);
		rc = 2;
		goto out;
	}
	log_event(LOG_INFO_, "start", NULL, "config", cpath, NULL);
	rc = workers > 0 ? supervise(&cfg, rs, fd, workers, &is_child) :
	    worker(&cfg, rs, fd, 1);
out:
	/* A supervisor's worker leaves the templates to its exit: it got
	 * them parsed from its supervisor, and freeing them would copy each
	 * shared page first (measured: most of a retiring worker's exit).
	 * They stay reachable from render.c's state. */
	if (rendered && !is_child)
		render_free();
	if (loaded)
		config_free(&cfg);
	log_close();
	return rc;
}

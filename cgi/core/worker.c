/* The processes that serve requests: a responder's start (configuration,
 * templates, checks), its supervisor keeping N workers on the listening
 * socket, and each worker's accept loop (request_serve for each
 * request). See request.h for responder_main. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/pagecache.h"
#include "core/render.h"
#include "core/request.h"
#include "core/upload.h"
#include "core/util.h"

/* Worker state, not request state: whether a request is in progress (so
 * SIGTERM between requests can exit at once) and whether to stop. */
static volatile sig_atomic_t in_request;
static volatile sig_atomic_t stop_requested;
static volatile sig_atomic_t waits_in_poll;	/* SIGTERM interrupts the wait */

/* --- processes --------------------------------------------------------- */

/* Between requests a worker blocked in accept() exits at once; one that
 * waits in poll() (it has periodic work, such as counted views to write)
 * returns to its loop and exits through its end hook. */
static void
on_term(int sig)
{
	if (!in_request && !waits_in_poll)
		_exit(0);
	stop_requested = 1;
}

static int
worker(const struct config *cfg, const struct responder *rs, int listen_fd)
{
	FCGX_Request fx;
	struct db *db = db_new(cfg, rs->db_account);
	long served = 0;
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	FCGX_InitRequest(&fx, listen_fd, 0);
	pagecache_init((size_t)cfg_int(cfg, "Catalog.CacheBytes"));
	/* With periodic work (e.g. writing counted views), wait for the next
	 * request with poll() and a timeout, so an idle worker still does it;
	 * the socket is non-blocking because another worker may take the
	 * connection first (accepted sockets do not inherit the flag). */
	if (rs->idle) {
		fcntl(listen_fd, F_SETFL, fcntl(listen_fd, F_GETFL) | O_NONBLOCK);
		waits_in_poll = 1;
		rs->idle(db, cfg);	/* e.g. load the catalogue before serving */
	}
	while (!stop_requested) {
		int rc;

		if (rs->idle) {
			struct pollfd p = { listen_fd, POLLIN, 0 };
			int r = poll(&p, 1, 1000);

			if (r == 0) {
				in_request = 1;	/* finish this before a SIGTERM */
				rs->idle(db, cfg);
				in_request = 0;
				continue;
			}
			if (r < 0 && errno == EINTR)
				continue;	/* the loop looks at stop_requested */
		}
		rc = FCGX_Accept_r(&fx);
		if (rc == -EAGAIN || rc == -EWOULDBLOCK || rc == -EINTR)
			continue;	/* taken by another worker */
		if (rc < 0)
			break;
		in_request = 1;
		request_serve(cfg, rs, db, &fx);
		FCGX_Finish_r(&fx);
		/* work that need not keep anyone waiting */
		if (rs->idle)
			rs->idle(db, cfg);
		in_request = 0;
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
	return 0;
}

static volatile sig_atomic_t sup_stop;

static void
on_sup_term(int sig)
{
	sup_stop = 1;
}

/* Keeps n workers on the shared listening socket and replaces each one
 * that exits (recycling or a crash). spawn-fcgi starts this process; it
 * does not restart children itself. */
static int
supervise(const struct config *cfg, const struct responder *rs, int fd, long n,
    int *is_child)
{
	pid_t *pid = xcalloc((size_t)n, sizeof(*pid));
	time_t *born = xcalloc((size_t)n, sizeof(*born));
	struct sigaction sa;
	long i, alive;
	int st;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sup_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	for (;;) {
		for (i = 0; i < n && !sup_stop; i++) {
			if (pid[i] > 0)
				continue;
			if (born[i] && time(NULL) - born[i] < 1)
				sleep(1);	/* a crash loop must not spin */
			born[i] = time(NULL);
			if ((pid[i] = fork()) == 0) {
				/* The child serves, then returns to
				 * responder_main, which frees what it owns. */
				free(pid);
				free(born);
				signal(SIGTERM, SIG_DFL);
				signal(SIGINT, SIG_DFL);
				*is_child = 1;
				return worker(cfg, rs, fd);
			}
			if (pid[i] < 0) {
				log_errorf("fork: %s", strerror(errno));
				pid[i] = 0;
			}
		}
		if (sup_stop)
			break;
		{
			pid_t w = waitpid(-1, &st, 0);

			if (w < 0)
				continue;	/* EINTR: look at sup_stop */
			for (i = 0; i < n; i++)
				if (pid[i] == w)
					pid[i] = 0;
			if (WIFSIGNALED(st)) {
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
	}
	for (i = 0; i < n; i++)
		if (pid[i] > 0)
			kill(pid[i], SIGTERM);
	for (alive = 0, i = 0; i < n; i++)
		alive += pid[i] > 0;
	while (alive > 0 && wait(&st) > 0)
		alive--;
	free(pid);
	free(born);
	return 0;
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
	if (log_open(prog, cfg_str(&cfg, "Log.File"), (int)cfg_int(&cfg, "Log.Syslog"),
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
	if (sock) {
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
	    worker(&cfg, rs, fd);
	(void)is_child;
out:
	if (rendered)
		render_free();
	if (loaded)
		config_free(&cfg);
	log_close();
	return rc;
}

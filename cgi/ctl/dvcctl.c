/* dvcctl: migrations, accounts, announcements, feedback, deadlines and
 * holidays, static pages.
 * See man/dvcctl.8. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/conf.h"
#include "core/db.h"
#include "core/log.h"
#include "core/util.h"
#include "ctl/ctl.h"

void
ctl_err(const struct ctl *c, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", c->prog);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
ctl_db_failed(const struct ctl *c, int rc)
{
	if (rc == DB_DOWN)
		ctl_err(c, "không kết nối được CSDL (xem khóa Db.* trong %s)",
		    c->cfg->path);
	else
		ctl_err(c, "lỗi CSDL (mã %d)", rc);
	return 1;
}

char *
ctl_read_file(const char *path, size_t max, size_t *len)
{
	struct stat st;
	char *p;
	ssize_t n;
	size_t off = 0;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return NULL;
	if (fstat(fd, &st) < 0 || (size_t)st.st_size > max) {
		close(fd);
		errno = EFBIG;
		return NULL;
	}
	p = xmalloc((size_t)st.st_size + 1);
	while (off < (size_t)st.st_size &&
	    (n = read(fd, p + off, (size_t)st.st_size - off)) > 0)
		off += (size_t)n;
	close(fd);
	p[off] = '\0';
	if (len)
		*len = off;
	return p;
}

const char *
ctl_operator_name(void)
{
	struct passwd *pw = getpwuid(getuid());

	return pw ? pw->pw_name : "?";
}

const char *
ctl_opt(int argc, char **argv, const char *name)
{
	int i;

	for (i = 0; i < argc - 1; i++)
		if (strcmp(argv[i], name) == 0)
			return argv[i + 1];
	return NULL;
}

int
ctl_flag(int argc, char **argv, const char *name)
{
	int i;

	for (i = 0; i < argc; i++)
		if (strcmp(argv[i], name) == 0)
			return 1;
	return 0;
}

static void
usage(void)
{
	fputs("usage: dvcctl [-c CONFIG] COMMAND [ARGS] | dvcctl --version\n"
	    "\n"
	    "  check-config                 kiểm tra tệp cấu hình\n"
	    "  migrate [--status]           áp dụng các migration trong sql/ và quyền CSDL\n"
	    "                               (từ chối CSDL mới hơn phần mềm: mã thoát 3)\n"
	    "  user add --email E --name N --agency CODE --role R[,R...]\n"
	    "           [--phone P] [--password-stdin]\n"
	    "  user disable|enable|reset EMAIL [--password-stdin]\n"
	    "  user list [--agency CODE]\n"
	    "  announce add --title T (--body-file F | --body B)\n"
	    "  announce list | hide ID | show ID\n"
	    "  feedback list [--limit N]\n"
	    "  catalog import FILE.json|FILE.csv   nhập danh mục (xem man dvc-catalog)\n"
	    "  catalog export               xuất toàn bộ danh mục ra JSON\n"
	    "  audit verify                 kiểm tra chuỗi HMAC của nhật ký kiểm toán\n"
	    "  audit list [--limit N]       các bản ghi kiểm toán mới nhất\n"
	    "  mail send [--every GIÂY] [--limit N]  gửi thư trong hàng đợi qua sendmail\n"
	    "  mail list [--limit N]        thư trong hàng đợi và trạng thái\n"
	    "  mail test ĐỊA-CHỈ [--subject S]  xếp một thư thử vào hàng đợi\n"
	    "  store sweep [--dry-run] [--verbose]  xóa tệp tải lên bỏ dở và tệp không còn hồ sơ nào dùng\n"
	    "  deadline --start \"YYYY-MM-DD HH:MM\" (--days N | --hours N |\n"
	    "           --procedure MÃ [--channel KÊNH] | --same-day) [--pause TỪ..ĐẾN]\n"
	    "           [--extend-days N] [--extend-hours N]   tính hạn trả kết quả\n"
	    "  holiday list [--year Y]      ngày nghỉ lễ và ngày làm bù\n"
	    "  holiday add NGÀY holiday|workday TÊN | holiday remove NGÀY\n"
	    "  holiday confirm NĂM [--note GHI-CHÚ]  xác nhận ngày nghỉ lễ của năm theo thông báo\n"
	    "  check [--quiet]              việc cần xử lý (mã thoát 1 khi có): cơ quan thiếu cán bộ,\n"
	    "                               năm chưa xác nhận ngày nghỉ, hồ sơ chờ tiếp nhận quá hạn\n"
	    "  remind                       báo hồ sơ chờ tiếp nhận quá hạn (cron)\n"
	    "  agency apply                 thực hiện thay đổi cơ quan (đổi tên, sáp nhập, giải thể)\n"
	    "                               đã đến ngày hiệu lực (cron, cùng remind)\n"
	    "  notice-profile [2018|2025|--clear]  bộ mẫu thông báo đang áp dụng\n"
	    "  rebuild [stats [--dry-run] | reports]  tính lại từ hồ sơ số liệu thống kê công khai\n"
	    "                               (stats), số liệu báo cáo (reports), hoặc cả hai\n"
	    "  payment reconcile [--older-than PHÚT]  hỏi cổng thanh toán các giao dịch trực tuyến\n"
	    "                               chưa có kết quả (mặc định: chờ quá 15 phút) và ghi nhận\n"
	    "  static-pages DIR             trang lỗi tĩnh cho nginx/Apache (4xx, 5xx)\n"
	    "  purge [--dry-run]            xóa dữ liệu hết hạn lưu giữ (Retention.*): phiên,\n"
	    "                               nội dung thư đã gửi, hồ sơ nháp bỏ dở (sau thư báo),\n"
	    "                               dòng giới hạn đăng nhập/tra cứu (cron hằng ngày)\n"
	    "  backup DIR                   sao lưu CSDL (không dừng cổng) và kho tệp (chỉ tệp mới)\n"
	    "  restore DIR                  phục hồi vào CSDL trống, kiểm tra tổng kiểm tra trước\n"
	    "\n"
	    "CONFIG: -c, rồi $DVC_CONFIG, rồi tệp cài đặt mặc định.\n", stderr);
}

int
main(int argc, char **argv)
{
	struct config cfg;
	struct ctl c = { &cfg, "dvcctl" };
	const char *cpath = NULL;
	char err[1024];
	int i = 1, rc;

	umask(077);
	if (argc > 2 && strcmp(argv[1], "-c") == 0) {
		cpath = argv[2];
		i = 3;
	}
	if (i < argc && strcmp(argv[i], "--version") == 0) {
		/* before the configuration: works without one */
		printf("dvcctl (dvc) %s\n", DVC_VERSION);
		return 0;
	}
	if (i >= argc || strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
		usage();
		return i >= argc ? 2 : 0;
	}
	cpath = config_default_path(cpath);
	if (config_load(&cfg, cpath, err, sizeof(err)) < 0) {
		ctl_err(&c, "%s", err);
		return 1;
	}
	log_open("dvcctl", NULL, 0, LOG_WARN_);
	if (strcmp(argv[i], "check-config") == 0) {
		if (config_load_secret(&cfg, err, sizeof(err)) < 0) {
			ctl_err(&c, "%s", err);
			rc = 1;
		} else {
			printf("%s: cấu hình hợp lệ\n", cpath);
			rc = 0;
		}
	} else if (strcmp(argv[i], "migrate") == 0)
		rc = ctl_migrate(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "user") == 0)
		rc = ctl_user(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "announce") == 0)
		rc = ctl_announce(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "feedback") == 0)
		rc = ctl_feedback(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "catalog") == 0)
		rc = ctl_catalog(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "audit") == 0)
		rc = ctl_audit(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "mail") == 0)
		rc = ctl_mail(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "store") == 0)
		rc = ctl_store(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "deadline") == 0)
		rc = ctl_deadline(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "holiday") == 0)
		rc = ctl_holiday(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "check") == 0)
		rc = ctl_check(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "remind") == 0)
		rc = ctl_remind(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "notice-profile") == 0)
		rc = ctl_notice_profile(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "rebuild") == 0)
		rc = ctl_rebuild(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "agency") == 0)
		rc = ctl_agency(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "payment") == 0)
		rc = ctl_payment(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "static-pages") == 0)
		rc = ctl_static_pages(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "purge") == 0)
		rc = ctl_purge(&c, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "backup") == 0)
		rc = ctl_backup_restore(&c, 0, argc - i - 1, argv + i + 1);
	else if (strcmp(argv[i], "restore") == 0)
		rc = ctl_backup_restore(&c, 1, argc - i - 1, argv + i + 1);
	else {
		ctl_err(&c, "lệnh không rõ: %s", argv[i]);
		usage();
		rc = 2;
	}
	config_free(&cfg);
	return rc;
}

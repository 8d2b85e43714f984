/* The file store: every accepted file once, named by its SHA-256.
 *
 * Storage.Dir/ab/cd/abcd...(64 hex) holds the bytes; the database says
 * which dossier uses which hash (dossier_file.sha256). A file enters the
 * store from the quarantine by fsync, rename and fsync of the folder, so
 * after a crash it is either whole in its place or not there; it is put
 * there before the transaction that links it commits, and a file whose
 * transaction failed is just unreferenced: `dvcctl store sweep` removes
 * it later (after Storage.QuarantineHours, so a transaction still in
 * flight keeps its file). Two dossiers with the same file share it. */
#ifndef DVC_STORE_H
#define DVC_STORE_H

#include <limits.h>
#include <stdio.h>

struct config;
struct db;

#define SHA256_HEX 65

/* Hashes the file open on fd (from its start), makes it durable and moves
 * path into the store under its hash (hex into sha). If the store already
 * has those bytes, path is removed instead. On success path[0] is set to
 * '\0' (it is no longer the caller's to remove). Returns 0 or -1 (errno). */
int store_put(const struct config *cfg, char path[PATH_MAX], int fd,
    char sha[SHA256_HEX]);

/* The store's path for a hash (64 lower-case hex digits, checked).
 * Returns 0, or -1 for a malformed hash. */
int store_path(const struct config *cfg, const char *sha, char out[PATH_MAX]);

/* Opens a stored file for reading: its descriptor and size, or -1. */
int store_open(const struct config *cfg, const char *sha, long long *size);

struct sweep_stats {
	long quarantine_removed;
	long store_removed;
	long store_kept;
};

/* Removes quarantine files and unreferenced store files older than
 * Storage.QuarantineHours; dry_run only counts. Progress lines go to out.
 * Returns 0 or a db_rc. */
int store_sweep(struct db *db, const struct config *cfg, int dry_run,
    FILE *out, struct sweep_stats *st);

#endif

/* The citizen's rating of how a dossier was handled (Article 9.4 of the
 * regulation: the agencies collect the people's assessment), once per
 * dossier after its result: a score of 1-5 for each criterion of
 * Rating.Criteria and a comment. */
#ifndef DVC_RATING_H
#define DVC_RATING_H

#include "core/cs.h"

struct config;
struct db;

#define RATING_CRITERIA_MAX 10

/* The criteria of Rating.Criteria ("a|b|c") under prefix.N.name (at most
 * RATING_CRITERIA_MAX, each cut to 255 bytes); returns how many. */
int rating_criteria(const struct config *cfg, HDF *hdf, const char *prefix);

/* Whether dossier id may be rated in status (its result is there: done or
 * returned). */
int rating_open(int status);

/* The rating given to dossier id: prefix.{comment,at} and
 * prefix.Scores.N.{name,score}. 1, 0 (not rated yet) or a db_rc. */
int rating_get(struct db *db, long long id, HDF *hdf, const char *prefix);

/* Records the rating of dossier id, in the caller's transaction: comment
 * (NULL: none) and scores[i] for criterion i, named criteria.i.name, for
 * the n criteria. 1 (recorded), 0 (rated before: nothing written) or a
 * db_rc. */
int rating_put(struct db *db, long long id, const char *comment, HDF *criteria,
    const long long *scores, int n);

#endif

/* hearth-outcomes.h: how each learner did in each module
 *
 * What the trainer's dashboard shows and the anonymised report writes: one
 * HearthOutcome per learner and module, read from the profile with a few
 * queries over the whole group, so it stays quick with thousands of learners.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hearth-course.h"
#include "hearth-store.h"

G_BEGIN_DECLS

typedef struct
{
  gint64   learner_id;
  char    *participant_code;
  char    *display_name;       /* for the trainer's dashboard only; the report never writes it */
  char    *workshop;           /* workshop name, NULL when none */
  char    *language;
  char    *module_id;
  gboolean started;            /* any lesson of the module started */
  gboolean completed;          /* as hearth_module_progress_load() has it: every lesson of
                                * the module done, and its quiz finished at least once */
  int      quiz_score;         /* best finished attempt, -1 when none */
  int      quiz_total;         /* of that attempt, 0 when none */
  double   confidence_before;  /* mean of the answered confidence items, NAN when none */
  double   confidence_after;
  int      intention;          /* 1..5, from the survey after the module; 0 when not answered */
} HearthOutcome;

void       hearth_outcome_free  (HearthOutcome  *outcome);

/* One per learner and module of @course, learners in order of creation
 * (created_at, then id, as hearth_store_list_learners()), modules in course
 * order. @workshop_id 0: every learner. Returns an array of HearthOutcome
 * that frees them, or NULL with @error set. */
GPtrArray *hearth_outcomes_load (HearthStore    *store,
                                 HearthCourse   *course,
                                 gint64          workshop_id,
                                 GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthOutcome, hearth_outcome_free)

G_END_DECLS

/* hearth-dashboard.h: how a workshop is doing, for the trainer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hearth-course.h"
#include "hearth-outcomes.h"
#include "hearth-store.h"

G_BEGIN_DECLS

/* One learner: counts over every module, and her outcome in each. */
typedef struct
{
  gint64               learner_id;
  const char          *display_name;       /* borrowed from her outcomes */
  guint                modules_started;
  guint                modules_completed;
  const HearthOutcome **modules;           /* per module of the dashboard, NULL if missing */
} HearthDashboardLearner;

/* One module, over the learners of the dashboard. Each mean is over the
 * learners it names, not over everyone: a learner who has not taken the
 * quiz, or has not answered the survey, does not pull a mean down. */
typedef struct
{
  const char *module_id;                 /* borrowed from the outcomes */
  guint       started;                   /* learners who started it */
  guint       completed;                 /* learners who completed it */
  guint       quiz_takers;               /* learners with a finished quiz */
  double      mean_quiz_percent;         /* over quiz_takers: each one's best score, as a
                                          * percentage of its questions; NAN when none */
  guint       answered_before;           /* learners who answered at least one confidence item before */
  double      mean_confidence_before;    /* over answered_before: each one's own mean (1 to 5); NAN when none */
  guint       answered_after;
  double      mean_confidence_after;     /* likewise, after the module's quiz */
} HearthDashboardModule;

typedef struct
{
  GPtrArray             *outcomes;     /* HearthOutcome, what it was worked out from */
  guint                  n_modules;
  HearthDashboardModule *modules;      /* in the outcomes' order: the course's */
  GPtrArray             *learners;     /* HearthDashboardLearner, in the outcomes' order */
  double                 mean_modules_started;    /* per learner, over every learner; NAN when none */
  double                 mean_modules_completed;  /* likewise */
} HearthDashboard;

HearthDashboard *hearth_dashboard_new          (GPtrArray       *outcomes);
HearthDashboard *hearth_dashboard_load         (HearthStore     *store,
                                                HearthCourse    *course,
                                                gint64           workshop_id,
                                                GError         **error);
void             hearth_dashboard_free         (HearthDashboard *dashboard);
int              hearth_dashboard_find_module  (HearthDashboard *dashboard,
                                                const char      *module_id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthDashboard, hearth_dashboard_free)

G_END_DECLS

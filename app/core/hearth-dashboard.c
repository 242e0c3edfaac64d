/* hearth-dashboard.c: how a workshop is doing, for the trainer
 *
 * Works on the outcomes of hearth_outcomes_load(), one per learner and
 * module, so the dashboard and the anonymised report count alike. Learners
 * and modules are found by id, in the order they first appear, rather than
 * by position, so a short or reordered list still adds up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-dashboard.h"

#include <math.h>

static void
learner_free (HearthDashboardLearner *learner)
{
  g_free (learner->modules);
  g_free (learner);
}

/* Adds @value to a running sum, when there is one. */
static void
add_to_mean (double  value,
             double *sum,
             guint  *count)
{
  if (isnan (value))
    return;
  *sum += value;
  (*count)++;
}

static double
mean_of (double sum,
         guint  count)
{
  return count > 0 ? sum / count : NAN;
}

/* Takes a reference on @outcomes, which the dashboard's learners and
 * modules point into. */
HearthDashboard *
hearth_dashboard_new (GPtrArray *outcomes)
{
  HearthDashboard *dashboard = g_new0 (HearthDashboard, 1);
  g_autoptr(GHashTable) module_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) learner_index = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autofree double *quiz_sum = NULL;
  g_autofree double *before_sum = NULL;
  g_autofree double *after_sum = NULL;
  guint started_total = 0, completed_total = 0;

  g_return_val_if_fail (outcomes != NULL, NULL);

  dashboard->outcomes = g_ptr_array_ref (outcomes);
  dashboard->learners = g_ptr_array_new_with_free_func ((GDestroyNotify) learner_free);

  /* The modules first, so each learner's row has a place for every one. */
  for (guint i = 0; i < outcomes->len; i++)
    {
      HearthOutcome *outcome = g_ptr_array_index (outcomes, i);

      if (!g_hash_table_contains (module_index, outcome->module_id))
        g_hash_table_insert (module_index, outcome->module_id, GUINT_TO_POINTER (dashboard->n_modules++));
    }

  dashboard->modules = g_new0 (HearthDashboardModule, MAX (dashboard->n_modules, 1));
  quiz_sum = g_new0 (double, MAX (dashboard->n_modules, 1));
  before_sum = g_new0 (double, MAX (dashboard->n_modules, 1));
  after_sum = g_new0 (double, MAX (dashboard->n_modules, 1));

  for (guint i = 0; i < outcomes->len; i++)
    {
      HearthOutcome *outcome = g_ptr_array_index (outcomes, i);
      guint column = GPOINTER_TO_UINT (g_hash_table_lookup (module_index, outcome->module_id));
      HearthDashboardModule *module = &dashboard->modules[column];
      HearthDashboardLearner *learner = g_hash_table_lookup (learner_index, &outcome->learner_id);

      if (learner == NULL)
        {
          learner = g_new0 (HearthDashboardLearner, 1);
          learner->learner_id = outcome->learner_id;
          learner->display_name = outcome->display_name;
          learner->modules = g_new0 (const HearthOutcome *, MAX (dashboard->n_modules, 1));
          g_ptr_array_add (dashboard->learners, learner);
          g_hash_table_insert (learner_index, &learner->learner_id, learner);
        }

      /* Listed twice: the first one counts. */
      if (learner->modules[column] != NULL)
        continue;
      learner->modules[column] = outcome;
      module->module_id = outcome->module_id;

      if (outcome->started)
        {
          learner->modules_started++;
          module->started++;
        }
      if (outcome->completed)
        {
          learner->modules_completed++;
          module->completed++;
        }
      if (outcome->quiz_score >= 0 && outcome->quiz_total > 0)
        add_to_mean (100.0 * outcome->quiz_score / outcome->quiz_total, &quiz_sum[column], &module->quiz_takers);
      add_to_mean (outcome->confidence_before, &before_sum[column], &module->answered_before);
      add_to_mean (outcome->confidence_after, &after_sum[column], &module->answered_after);
    }

  for (guint i = 0; i < dashboard->n_modules; i++)
    {
      HearthDashboardModule *module = &dashboard->modules[i];

      module->mean_quiz_percent = mean_of (quiz_sum[i], module->quiz_takers);
      module->mean_confidence_before = mean_of (before_sum[i], module->answered_before);
      module->mean_confidence_after = mean_of (after_sum[i], module->answered_after);
    }

  for (guint i = 0; i < dashboard->learners->len; i++)
    {
      HearthDashboardLearner *learner = g_ptr_array_index (dashboard->learners, i);

      started_total += learner->modules_started;
      completed_total += learner->modules_completed;
    }
  dashboard->mean_modules_started = mean_of (started_total, dashboard->learners->len);
  dashboard->mean_modules_completed = mean_of (completed_total, dashboard->learners->len);

  return dashboard;
}

/* The dashboard of one workshop's learners, or every learner's with
 * @workshop_id 0. */
HearthDashboard *
hearth_dashboard_load (HearthStore   *store,
                       HearthCourse  *course,
                       gint64         workshop_id,
                       GError       **error)
{
  g_autoptr(GPtrArray) outcomes = hearth_outcomes_load (store, course, workshop_id, error);

  if (outcomes == NULL)
    return NULL;
  return hearth_dashboard_new (outcomes);
}

void
hearth_dashboard_free (HearthDashboard *dashboard)
{
  if (dashboard == NULL)
    return;

  g_ptr_array_unref (dashboard->learners);
  g_free (dashboard->modules);
  g_ptr_array_unref (dashboard->outcomes);
  g_free (dashboard);
}

/* The index of a module in the dashboard, or -1. */
int
hearth_dashboard_find_module (HearthDashboard *dashboard,
                              const char      *module_id)
{
  g_return_val_if_fail (dashboard != NULL, -1);

  for (guint i = 0; i < dashboard->n_modules; i++)
    if (g_strcmp0 (dashboard->modules[i].module_id, module_id) == 0)
      return (int) i;
  return -1;
}

/* bench-report.c: the trainer's dashboard and the CSV report on a large profile
 *
 *   bench-report [--learners N] [--answers N] [--runs N] [--data-dir DIR] [HEARTH]
 *
 * Generates a profile (5,000 learners and 1,000,000 quiz answers unless
 * told otherwise; or uses the one generate-profile made in DIR), then times, over several runs each: reading every
 * learner's outcomes, and one workshop's; the dashboard worked out from them
 * (what opening the trainer's dashboard waits for); and the CSV export, in
 * process and, given the hearth binary, as `hearth --export-report` from the
 * command line. Prints the median, min and max of each beside issue 10's
 * targets. Measured, never asserted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>
#include <glib/gstdio.h>

#include "hearth-bench-profile.h"
#include "hearth-dashboard.h"
#include "hearth-outcomes.h"
#include "hearth-report.h"

typedef struct
{
  HearthStore  *store;
  HearthCourse *course;
  gint64        workshop_id;
  const char   *folder;
  const char   *csv;
  const char   *hearth;
  guint         rows;
} Bench;

typedef void (*BenchFunc) (Bench *bench);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
outcomes_all_cb (Bench *bench)
{
  g_autoptr(GPtrArray) outcomes = hearth_outcomes_load (bench->store, bench->course, 0, NULL);

  g_assert (outcomes != NULL);
  bench->rows = outcomes->len;
}

static void
outcomes_workshop_cb (Bench *bench)
{
  g_autoptr(GPtrArray) outcomes = hearth_outcomes_load (bench->store, bench->course, bench->workshop_id, NULL);

  g_assert (outcomes != NULL);
  bench->rows = outcomes->len;
}

static void
dashboard_all_cb (Bench *bench)
{
  g_autoptr(HearthDashboard) dashboard = hearth_dashboard_load (bench->store, bench->course, 0, NULL);

  g_assert (dashboard != NULL);
  bench->rows = dashboard->learners->len;
}

static void
dashboard_workshop_cb (Bench *bench)
{
  g_autoptr(HearthDashboard) dashboard = hearth_dashboard_load (bench->store, bench->course, bench->workshop_id, NULL);

  g_assert (dashboard != NULL);
  bench->rows = dashboard->learners->len;
}

static void
csv_cb (Bench *bench)
{
  g_autoptr(GPtrArray) outcomes = hearth_outcomes_load (bench->store, bench->course, 0, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (bench->csv);
  g_autoptr(GError) error = NULL;

  if (outcomes == NULL || !hearth_report_write_csv (outcomes, file, &error))
    g_error ("%s", error != NULL ? error->message : "no outcomes");
  bench->rows = outcomes->len;
}

static void
csv_command_cb (Bench *bench)
{
  const char *argv[] = { bench->hearth, "--data-dir", bench->folder, "--export-report", bench->csv, "--force", NULL };
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL, &status,
                     &error) || !g_spawn_check_wait_status (status, &error))
    g_error ("%s", error->message);
}

static void
measure (Bench      *bench,
         const char *name,
         BenchFunc   func,
         guint       runs,
         const char *target)
{
  g_autofree double *times = g_new (double, runs);

  bench->rows = 0;
  for (guint run = 0; run < runs; run++)
    {
      gint64 start = g_get_monotonic_time ();

      func (bench);
      times[run] = (g_get_monotonic_time () - start) / 1000.0;
    }

  qsort (times, runs, sizeof (double), compare_doubles);
  g_print ("%-44s %10.1f %10.1f %10.1f   %-10s ", name, times[runs / 2], times[0], times[runs - 1], target);
  if (bench->rows > 0)
    g_print ("%u", bench->rows);
  g_print ("\n");
}

int
main (int    argc,
      char **argv)
{
  gint learners = 5000, answers = 1000000, runs = 7;
  g_autofree char *data_dir = NULL;
  GOptionEntry entries[] = {
    { "learners", 0, 0, G_OPTION_ARG_INT, &learners, "How many learners (5000)", "N" },
    { "answers", 0, 0, G_OPTION_ARG_INT, &answers, "How many quiz answers in all (1000000)", "N" },
    { "runs", 0, 0, G_OPTION_ARG_INT, &runs, "Runs of each (7)", "N" },
    { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, &data_dir, "Use the profile generated in DIR", "DIR" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[HEARTH]");
  g_autoptr(HearthCourse) course = hearth_course_new ();
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("hearth-bench-report-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (folder, "report.csv", NULL);
  g_autofree char *command = NULL;
  HearthBenchShape shape;
  Bench bench = { 0 };
  GStatBuf info;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc > 2 || learners < 1 || runs < 1)
    {
      g_printerr ("bench-report: %s\n", error != NULL ? error->message : "bad arguments");
      return 2;
    }

  hearth_course_load_resources (course, HEARTH_COURSE_RESOURCE_PATH);
  shape = (HearthBenchShape) { .learners = learners, .answers = answers, .workshops = 50, .seed = 1 };
  start = g_get_monotonic_time ();
  if (data_dir == NULL && !hearth_bench_generate_profile (folder, course, &shape, &error))
    g_error ("%s", error->message);
  if (data_dir == NULL)
    g_print ("Generated %d learners and %d quiz answers in %.1f s\n", learners, answers,
             (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);

  store = hearth_store_open (data_dir != NULL ? data_dir : folder, &error);
  if (store == NULL)
    g_error ("%s", error->message);
  bench = (Bench) { .store = store, .course = course, .workshop_id = 1, .csv = csv,
                    .folder = data_dir != NULL ? data_dir : folder,
                    .hearth = argc == 2 ? argv[1] : NULL };

  g_print ("%-44s %10s %10s %10s   %-10s %s\n", "", "median ms", "min ms", "max ms", "target", "rows");
  measure (&bench, "outcomes, every learner", outcomes_all_cb, runs, "");
  measure (&bench, "outcomes, one workshop", outcomes_workshop_cb, runs, "");
  measure (&bench, "dashboard, every learner", dashboard_all_cb, runs, "< 100 ms");
  measure (&bench, "dashboard, one workshop", dashboard_workshop_cb, runs, "< 100 ms");
  measure (&bench, "CSV export, every learner (in process)", csv_cb, runs, "< 2 s");
  if (bench.hearth != NULL)
    measure (&bench, "hearth --export-report (whole command)", csv_command_cb, runs, "< 2 s");

  if (g_stat (csv, &info) == 0)
    g_print ("The report: %.1f MB\n", info.st_size / 1e6);

  g_clear_object (&store);
  command = g_strdup_printf ("rm -rf '%s'", folder);
  return system (command) == 0 ? 0 : 1;
}

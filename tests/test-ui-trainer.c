/* test-ui-trainer.c: trainer mode in the real application
 *
 * A profile is prepared with four learners and known results. The trainer
 * chooses her PIN on first use, adds workshops (a wrong date refused), puts
 * three learners in one, changes and deletes another; reads the results
 * (the numbers worked out by hand, as in test-dashboard.c), sees the chart
 * drawn, saves the report, adds a help contact, makes a backup, erases a
 * learner and restores her, removes the PIN a learner forgot (after a
 * question, and after a failure she is told of), changes the PIN, switches
 * to Arabic, and leaves: the picker, with nothing of trainer mode left, and
 * the learner whose PIN was removed goes straight in. Then a wrong PIN is
 * refused. Every trainer screen is photographed in English and Arabic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "hearth-confidence-chart.h"
#include "hearth-dashboard-view.h"
#include "hearth-i18n.h"
#include "hearth-store.h"
#include "hearth-test-app.h"
#include "hearth-test-check.h"
#include "hearth-test-ui.h"
#include "hearth-trainer-page.h"
#include "hearth-trainer-settings.h"

#define FIRST_PIN "2580"
#define NEW_PIN "1397"
#define CHANDRA_PIN "4680"
/* 70 letters: a workshop name near the longest allowed. */
#define LONG_NAME "বৃহস্পতিবার বিকেলের মায়েদের দল, গ্রেস কমিউনিটি সেন্টার, দোতলার বড় ঘর"

/* The profile */

static void
raw_exec (const char *sql)
{
  g_autofree char *path = g_build_filename (data_dir, HEARTH_STORE_FILE_NAME, NULL);
  sqlite3 *db = NULL;

  ck_assert_int_eq (sqlite3_open (path, &db), SQLITE_OK);
  ck_assert_msg (sqlite3_exec (db, sql, NULL, NULL, NULL) == SQLITE_OK, "%s: %s", sql, sqlite3_errmsg (db));
  sqlite3_close (db);
}

static int
raw_query_int (const char *sql)
{
  g_autofree char *path = g_build_filename (data_dir, HEARTH_STORE_FILE_NAME, NULL);
  sqlite3 *db = NULL;
  sqlite3_stmt *statement = NULL;
  int value;

  ck_assert_int_eq (sqlite3_open (path, &db), SQLITE_OK);
  ck_assert_msg (sqlite3_prepare_v2 (db, sql, -1, &statement, NULL) == SQLITE_OK, "%s: %s", sql, sqlite3_errmsg (db));
  ck_assert_int_eq (sqlite3_step (statement), SQLITE_ROW);
  value = sqlite3_column_int (statement, 0);
  sqlite3_finalize (statement);
  sqlite3_close (db);
  return value;
}

static void
complete_module (HearthStore   *store,
                 HearthLearner *learner,
                 HearthModule  *module,
                 guint          score,
                 guint          total)
{
  gint64 attempt;

  for (guint i = 0; i < module->lessons->len; i++)
    ck_assert (hearth_store_complete_lesson (store, hearth_learner_get_id (learner), module->id,
                                             ((HearthLesson *) g_ptr_array_index (module->lessons, i))->id, NULL));
  attempt = hearth_store_start_quiz_attempt (store, hearth_learner_get_id (learner), module->id, NULL);
  ck_assert (hearth_store_finish_quiz_attempt (store, attempt, score, total, NULL));
}

static void
answer_survey (HearthLearner *learner,
               HearthModule  *module,
               const char    *phase,
               const char    *items)
{
  g_autofree char *sql = g_strdup_printf ("INSERT INTO survey_responses (learner_id, module_id, phase,"
                                          " confidence_1, confidence_2, confidence_3, answered_at)"
                                          " VALUES (%" G_GINT64_FORMAT ", '%s', '%s', %s, 1)",
                                          hearth_learner_get_id (learner), module->id, phase, items);
  raw_exec (sql);
}

/* Module 1: Amina 8/10, sure 3 → 14/3; Bina 5/10, sure 2 before.
 * Module 2: Amina one step; Bina 3/4. Chandra nothing. Dalia, who will
 * not be in the workshop: module 1, 10/10, sure 5 before. */
static void
prepare_profile (void)
{
  g_autoptr(HearthStore) store = hearth_store_open (data_dir, NULL);
  g_autoptr(HearthCourse) course = hearth_course_new ();
  g_autoptr(HearthLearner) amina = NULL;
  g_autoptr(HearthLearner) bina = NULL;
  g_autoptr(HearthLearner) chandra = NULL;
  g_autoptr(HearthLearner) dalia = NULL;
  HearthModule *first, *second;
  gint64 attempt;

  ck_assert_ptr_nonnull (store);
  hearth_course_load_resources (course, HEARTH_COURSE_RESOURCE_PATH);
  first = hearth_course_get_module (course, 0);
  second = hearth_course_get_module (course, 1);

  amina = hearth_store_add_learner (store, "Amina", "en", "flower", NULL);
  bina = hearth_store_add_learner (store, "Bina", "bn", "tree", NULL);
  chandra = hearth_store_add_learner (store, "Chandra", "ar", "sun", NULL);
  dalia = hearth_store_add_learner (store, "Dalia", "en", "moon", NULL);
  ck_assert_ptr_nonnull (dalia);

  /* Chandra forgot her PIN and tried until she has to wait; Bina has one. */
  ck_assert (hearth_store_set_learner_pin (store, hearth_learner_get_id (chandra), CHANDRA_PIN, NULL));
  for (guint i = 0; i < HEARTH_PIN_FREE_TRIES; i++)
    {
      HearthPinVerdict verdict = HEARTH_PIN_ACCEPTED;
      guint wait = 0;

      ck_assert (hearth_store_check_learner_pin (store, hearth_learner_get_id (chandra), "0000", &verdict, &wait,
                                                 NULL));
      ck_assert_int_eq (verdict, HEARTH_PIN_REFUSED);
    }
  ck_assert (hearth_store_set_learner_pin (store, hearth_learner_get_id (bina), "1357", NULL));

  attempt = hearth_store_start_quiz_attempt (store, hearth_learner_get_id (amina), first->id, NULL);
  ck_assert (hearth_store_finish_quiz_attempt (store, attempt, 6, 10, NULL));
  complete_module (store, amina, first, 8, 10);
  answer_survey (amina, first, "before", "2, 3, 4");
  answer_survey (amina, first, "after", "4, 5, 5");
  ck_assert (hearth_store_save_lesson_step (store, hearth_learner_get_id (amina), second->id,
                                            ((HearthLesson *) g_ptr_array_index (second->lessons, 0))->id, 1, NULL));
  complete_module (store, bina, first, 5, 10);
  answer_survey (bina, first, "before", "1, NULL, 3");
  complete_module (store, bina, second, 3, 4);
  complete_module (store, dalia, first, 10, 10);
  answer_survey (dalia, first, "before", "5, 5, 5");
}

/* Helpers */

static HearthTrainerPage *
trainer_page (HearthWindow *window)
{
  return HEARTH_TRAINER_PAGE (page (window, "trainer"));
}

static void
tap_pin (HearthWindow *window,
         const char   *pin)
{
  for (const char *digit = pin; *digit != '\0'; digit++)
    {
      char label[2] = { *digit, '\0' };

      click_button (GTK_WIDGET (trainer_page (window)), label);
    }
  /* The page checks the PIN from the main loop. */
  hearth_test_iterate ();
}

static GtkWidget *
show_view (HearthWindow *window,
           const char   *name)
{
  HearthTrainerPage *trainer = trainer_page (window);

  hearth_trainer_page_set_view (trainer, name);
  hearth_test_iterate ();
  return hearth_trainer_page_get_view_widget (trainer, name);
}

/* The message dialog on screen, or NULL. */
static AdwMessageDialog *
dialog_on_screen (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  AdwMessageDialog *dialog = NULL;

  hearth_test_iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        dialog = ADW_MESSAGE_DIALOG (window);
    }
  return dialog;
}

/* The message dialog on screen, answered with @response. */
static void
answer_dialog (const char *heading,
               const char *response)
{
  AdwMessageDialog *dialog = dialog_on_screen ();

  ck_assert_msg (dialog != NULL, "no dialog “%s” on screen", heading);
  ck_assert_str_eq (adw_message_dialog_get_heading (dialog), heading);
  adw_message_dialog_response (dialog, response);
  hearth_test_iterate ();
}

static void
click_named (GtkWidget  *root,
             const char *name)
{
  GtkWidget *button = hearth_test_find_named (root, name);

  ck_assert_msg (button != NULL, "no button “%s” on screen", name);
  hearth_test_click (button);
}

/* Puts the learner of row @index of the learners' list in workshop @choice. */
static void
choose_workshop (GtkWidget *workshops,
                 guint      index,
                 guint      choice)
{
  g_autoptr(GPtrArray) choices = hearth_test_find_all (workshops, GTK_TYPE_DROP_DOWN);

  ck_assert_uint_gt (choices->len, index);
  gtk_drop_down_set_selected (g_ptr_array_index (choices, index), choice);
  hearth_test_iterate ();
}

/* A screenshot with @inside scrolled to the top of the window's view. */
static void
screenshot_scrolled (HearthWindow *window,
                     GtkWidget    *inside,
                     const char   *name)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (inside, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_point_t top;

  ck_assert (gtk_widget_compute_point (inside, gtk_viewport_get_child (GTK_VIEWPORT (viewport)),
                                       &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (adjustment, top.y - 12);
  hearth_test_screenshot (GTK_WIDGET (window), name);
  gtk_adjustment_set_value (adjustment, 0);
}

/* The question before Bina's PIN is removed, in the language on show;
 * answered "Cancel", so she keeps it. */
static void
photograph_remove_pin (HearthWindow *window,
                       GtkWidget    *workshops,
                       const char   *language)
{
  g_autofree char *name = g_strdup_printf (_("Remove %s’s PIN"), "Bina");
  g_autofree char *shot = g_strdup_printf ("%s-trainer-remove-pin", language);
  AdwMessageDialog *dialog;

  click_named (workshops, name);
  dialog = dialog_on_screen ();
  ck_assert_ptr_nonnull (dialog);
  hearth_test_screenshot (GTK_WIDGET (dialog), shot);
  adw_message_dialog_response (dialog, "cancel");
  hearth_test_iterate ();
  ck_assert_ptr_nonnull (hearth_test_find_named (workshops, name));
}

/* Every trainer screen, in the language on show. */
static void
photograph_trainer (HearthWindow *window,
                    const char   *language)
{
  const char *views[] = { "workshops", "dashboard", "contacts", "settings" };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *view = show_view (window, views[i]);
      g_autofree char *name = g_strdup_printf ("%s-trainer-%s", language, views[i]);

      hearth_test_screenshot (GTK_WIDGET (window), name);
      if (g_str_equal (views[i], "workshops"))
        {
          g_autofree char *lower = g_strdup_printf ("%s-trainer-workshops-learners", language);

          screenshot_scrolled (window, hearth_test_find_named (view, "workshop-learners"), lower);
          photograph_remove_pin (window, view, language);
        }
      if (g_str_equal (views[i], "dashboard"))
        {
          g_autofree char *chart = g_strdup_printf ("%s-trainer-chart", language);
          g_autofree char *learners = g_strdup_printf ("%s-trainer-each-learner", language);
          GtkStack *tabs = GTK_STACK (hearth_test_find_named (view, "dashboard-tabs"));
          g_autoptr(GPtrArray) charts = hearth_test_find_all (view, HEARTH_TYPE_CONFIDENCE_CHART);

          screenshot_scrolled (window, g_ptr_array_index (charts, 0), chart);
          gtk_stack_set_visible_child_name (tabs, "learners");
          hearth_test_screenshot (GTK_WIDGET (window), learners);
          gtk_stack_set_visible_child_name (tabs, "group");
        }
    }
}

/* The drivers */

static void
first_use (HearthWindow *window,
           gpointer      data)
{
  g_autofree char *report = g_build_filename (data_dir, "report.csv", NULL);
  g_autofree char *backup = g_build_filename (data_dir, "backup.db", NULL);
  g_autofree char *not_a_backup = g_build_filename (data_dir, "notes.txt", NULL);
  g_autofree char *csv = NULL;
  g_autoptr(GFile) report_file = g_file_new_for_path (report);
  g_autoptr(GFile) unwritable = g_file_new_for_path ("/proc/hearth-no-such-folder/report.csv");
  HearthTrainerPage *trainer;
  GtkWidget *workshops, *dashboard, *contacts, *settings, *chart;
  g_autoptr(GPtrArray) charts = NULL;

  click_button (page (window, "picker"), "For Trainers");
  trainer = trainer_page (window);
  assert_label (GTK_WIDGET (trainer), "Choose a Trainer PIN");
  ck_assert (!hearth_trainer_page_is_open (trainer));
  ck_assert_ptr_null (hearth_trainer_page_get_view_widget (trainer, "dashboard"));
  hearth_test_screenshot (GTK_WIDGET (window), "en-trainer-pin-choose");

  /* Typed twice; a slip the second time starts again. */
  tap_pin (window, FIRST_PIN);
  assert_label (GTK_WIDGET (trainer), "Type the same 4 numbers again");
  tap_pin (window, "2581");
  assert_label (GTK_WIDGET (trainer), "The two PINs were not the same. Please choose your 4 numbers again.");
  ck_assert (!hearth_trainer_page_is_open (trainer));
  tap_pin (window, FIRST_PIN);
  tap_pin (window, FIRST_PIN);
  ck_assert (hearth_trainer_page_is_open (trainer));
  ck_assert_str_eq (hearth_trainer_page_get_view (trainer), "workshops");

  /* Workshops: a day that does not exist is refused, then two are added. */
  workshops = show_view (window, "workshops");
  assert_label (workshops, "There are no workshops yet.");
  fill_entry (workshops, 0, "Spring group");
  fill_entry (workshops, 1, "2024-02-30");
  click_button (workshops, "Add Workshop");
  assert_label (workshops, "There is no day 2024-02-30 in the calendar. Please check the month and the day.");
  fill_entry (workshops, 1, "2024-03-21");
  fill_entry (workshops, 2, "Grays Community Centre");
  click_button (workshops, "Add Workshop");
  assert_label (workshops, "Spring group");
  assert_label (workshops, "2024-03-21, at Grays Community Centre");
  fill_entry (workshops, 0, "Autumn group");
  fill_entry (workshops, 1, "2024-10-02");
  click_button (workshops, "Add Workshop");
  assert_label (workshops, "Autumn group");

  /* The latest first: 0 no workshop, 1 Autumn, 2 Spring. Amina, Bina and
   * Chandra go to Spring; Dalia to Autumn, then back out of it. */
  choose_workshop (workshops, 0, 2);
  choose_workshop (workshops, 1, 2);
  choose_workshop (workshops, 2, 2);
  choose_workshop (workshops, 3, 1);
  assert_label (workshops, "In it: Amina, Bina, Chandra");
  assert_label (workshops, "In it: Dalia");
  choose_workshop (workshops, 3, 0);
  assert_label (workshops, "Nobody is in it yet.");

  /* Changed, then deleted after a question. */
  click_named (workshops, "Change Autumn group");
  fill_entry (workshops, 2, "Library");
  click_button (workshops, "Save Changes");
  assert_label (workshops, "2024-10-02, at Library");
  click_named (workshops, "Delete Autumn group");
  answer_dialog ("Delete the Workshop “Autumn group”?", "cancel");
  assert_label (workshops, "Autumn group");
  click_named (workshops, "Delete Autumn group");
  answer_dialog ("Delete the Workshop “Autumn group”?", "confirm");
  ck_assert_ptr_null (hearth_test_find_label (workshops, "Autumn group"));

  /* The results of the Spring group, as worked out by hand. */
  dashboard = show_view (window, "dashboard");
  {
    g_autoptr(GPtrArray) choices = hearth_test_find_all (dashboard, GTK_TYPE_DROP_DOWN);

    gtk_drop_down_set_selected (g_ptr_array_index (choices, 0), 1);
    hearth_test_iterate ();
  }
  ck_assert_int_gt (hearth_dashboard_view_get_workshop (HEARTH_DASHBOARD_VIEW (dashboard)), 0);
  assert_label (dashboard, "3 learners");
  assert_label (dashboard, "On average, each learner has started 1.3 and finished 1.0 of the 5 topics.");
  assert_label (dashboard, "Started: 2. Finished: 2.");
  assert_label (dashboard, "Quiz: 65% on average, for 2 learners.");
  assert_label (dashboard, "Feeling sure before: 2.5, from 2 learners.");
  assert_label (dashboard, "Feeling sure after: 4.7, from 1 learner.");
  assert_label (dashboard, "Started: 2. Finished: 1.");
  assert_label (dashboard, "Quiz: 75% on average, for 1 learner.");
  assert_label (dashboard, "Feeling sure before: no answers yet.");

  /* The chart is drawn, with its numbers in its description. */
  charts = hearth_test_find_all (dashboard, HEARTH_TYPE_CONFIDENCE_CHART);
  ck_assert_uint_eq (charts->len, 1);
  chart = g_ptr_array_index (charts, 0);
  ck_assert_uint_eq (hearth_confidence_chart_get_n_modules (HEARTH_CONFIDENCE_CHART (chart)), 5);
  ck_assert_int_gt (gtk_widget_get_width (chart), 200);
  ck_assert_int_gt (gtk_widget_get_height (chart), 400);
  ck_assert_ptr_nonnull (strstr (hearth_confidence_chart_get_summary (HEARTH_CONFIDENCE_CHART (chart)),
                                 "Know your gadgets: before 2.5, after 4.7."));
  ck_assert_ptr_nonnull (strstr (hearth_confidence_chart_get_summary (HEARTH_CONFIDENCE_CHART (chart)),
                                 ": before no answers yet, after no answers yet."));
  {
    g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (chart);
    g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
    g_autoptr(GskRenderNode) node = NULL;

    gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), gtk_widget_get_width (chart),
                            gtk_widget_get_height (chart));
    node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    ck_assert_ptr_nonnull (node);
  }

  /* Each learner, by name. */
  click_button (dashboard, "Each Learner");
  assert_label (dashboard, "Amina");
  assert_label (dashboard, "Started 2 of 5 topics, finished 1.\n"
                           "Know your gadgets: finished, quiz 8 of 10\n"
                           "Get online and social-media savvy: started\n"
                           "The risks to your family: not started\n"
                           "Safe use at home: not started\n"
                           "Reporting and getting help: not started");
  assert_label (dashboard, "Chandra");
  ck_assert_ptr_null (hearth_test_find_label (dashboard, "Dalia"));
  click_button (dashboard, "The Group");

  /* The report: no names in it; an unwritable place is explained. */
  ck_assert (hearth_dashboard_view_export_to (HEARTH_DASHBOARD_VIEW (dashboard), report_file));
  ck_assert (g_file_get_contents (report, &csv, NULL, NULL));
  ck_assert_ptr_nonnull (strstr (csv, "participant,"));
  ck_assert_ptr_nonnull (strstr (csv, "Spring group"));
  ck_assert_ptr_null (strstr (csv, "Amina"));
  ck_assert_ptr_null (strstr (csv, "Dalia"));
  ck_assert (!hearth_dashboard_view_export_to (HEARTH_DASHBOARD_VIEW (dashboard), unwritable));
  answer_dialog ("The Report Was Not Saved", "close");

  /* The local help contacts live here now. */
  contacts = show_view (window, "contacts");
  fill_entry (contacts, 0, "Children and Families Hub");
  fill_entry (contacts, 1, "0345 603 7627");
  fill_entry (contacts, 2, "Worried about a child in Essex");
  click_button (contacts, "Add Contact");
  assert_label (contacts, "Children and Families Hub");

  /* A backup; a file that is not one is refused; erase Dalia, then the
   * backup brings her back. */
  settings = show_view (window, "settings");
  ck_assert (hearth_trainer_settings_backup_to (HEARTH_TRAINER_SETTINGS (settings), backup));
  ck_assert (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  ck_assert (g_file_set_contents (not_a_backup, "shopping: rice, tea", -1, NULL));
  ck_assert (!hearth_trainer_settings_restore_from (HEARTH_TRAINER_SETTINGS (settings), not_a_backup));
  answer_dialog ("The Backup Was Not Put Back", "close");

  workshops = show_view (window, "workshops");
  click_named (workshops, "Erase Dalia");
  answer_dialog ("Erase Dalia?", "confirm");
  ck_assert_ptr_null (hearth_test_find_label (workshops, "Dalia"));

  settings = show_view (window, "settings");
  ck_assert (hearth_trainer_settings_restore_from (HEARTH_TRAINER_SETTINGS (settings), backup));
  answer_dialog ("The Backup Is Back", "close");
  workshops = show_view (window, "workshops");
  assert_label (workshops, "Dalia");

  /* Chandra forgot her PIN. Only those with a PIN have the button. */
  ck_assert_ptr_nonnull (hearth_test_find_named (workshops, "Remove Bina’s PIN"));
  ck_assert_ptr_null (hearth_test_find_named (workshops, "Remove Amina’s PIN"));
  ck_assert_ptr_null (hearth_test_find_named (workshops, "Remove Dalia’s PIN"));
  ck_assert_int_eq (raw_query_int ("SELECT pin_failures FROM learners WHERE display_name = 'Chandra'"), 5);
  /* Asked first; "Cancel" keeps it. */
  click_named (workshops, "Remove Chandra’s PIN");
  {
    AdwMessageDialog *dialog = dialog_on_screen ();

    ck_assert_ptr_nonnull (dialog);
    ck_assert_str_eq (adw_message_dialog_get_body (dialog),
                      "She can then sign in without a PIN, and choose a new one from “My PIN” in the Main Menu. "
                      "Until she does, anyone using this laptop can open her lessons.");
    ck_assert_str_eq (adw_message_dialog_get_response_label (dialog, "confirm"), "_Remove PIN");
  }
  answer_dialog ("Remove Chandra’s PIN?", "cancel");
  ck_assert_ptr_nonnull (hearth_test_find_named (workshops, "Remove Chandra’s PIN"));
  ck_assert_int_eq (raw_query_int ("SELECT count(*) FROM learners WHERE pin_hash IS NOT NULL"), 2);
  /* A profile that cannot be changed: she is told, and the PIN stays. */
  raw_exec ("CREATE TRIGGER keep_pins BEFORE UPDATE OF pin_hash ON learners "
            "BEGIN SELECT RAISE (ABORT, 'the disk is full'); END");
  click_named (workshops, "Remove Chandra’s PIN");
  answer_dialog ("Remove Chandra’s PIN?", "confirm");
  answer_dialog ("The PIN Was Not Removed", "close");
  ck_assert_ptr_nonnull (hearth_test_find_named (workshops, "Remove Chandra’s PIN"));
  ck_assert_int_eq (raw_query_int ("SELECT count(*) FROM learners WHERE pin_hash IS NOT NULL"), 2);
  raw_exec ("DROP TRIGGER keep_pins");
  /* Removed, with her wrong tries and her wait. */
  click_named (workshops, "Remove Chandra’s PIN");
  answer_dialog ("Remove Chandra’s PIN?", "confirm");
  ck_assert_ptr_null (hearth_test_find_named (workshops, "Remove Chandra’s PIN"));
  ck_assert_ptr_nonnull (hearth_test_find_named (workshops, "Remove Bina’s PIN"));
  assert_label (GTK_WIDGET (trainer_page (window)),
                "Chandra has no PIN now. She can choose a new one from “My PIN”.");
  ck_assert_int_eq (raw_query_int ("SELECT count(*) FROM learners WHERE display_name = 'Chandra' AND "
                                   "pin_hash IS NULL AND pin_failures = 0 AND pin_blocked_until = 0"), 1);
  ck_assert_int_eq (raw_query_int ("SELECT count(*) FROM learners WHERE pin_hash IS NOT NULL"), 1);

  /* A new PIN, typed twice. */
  settings = show_view (window, "settings");
  click_button (settings, "Change the Trainer PIN");
  assert_label (GTK_WIDGET (trainer_page (window)), "Choose a New Trainer PIN");
  tap_pin (window, NEW_PIN);
  tap_pin (window, NEW_PIN);
  ck_assert (hearth_trainer_page_is_open (trainer_page (window)));

  /* A long name in another script wraps in the list, and ends in "…" on
   * the drop-down buttons rather than widening the window. */
  workshops = show_view (window, "workshops");
  fill_entry (workshops, 0, LONG_NAME);
  fill_entry (workshops, 1, "2025-05-01");
  click_button (workshops, "Add Workshop");
  assert_label (workshops, LONG_NAME);
  choose_workshop (workshops, 3, 1);
  assert_label (workshops, "In it: Dalia");

  photograph_trainer (window, "en");
  ck_assert_int_le (gtk_widget_get_width (GTK_WIDGET (window)), 1000);

  /* In Arabic, still open, at the same tab. */
  show_view (window, "dashboard");
  set_language (window, "ar");
  ck_assert (hearth_trainer_page_is_open (trainer_page (window)));
  ck_assert_str_eq (hearth_trainer_page_get_view (trainer_page (window)), "dashboard");
  ck_assert_int_eq (gtk_widget_get_direction (GTK_WIDGET (window)), GTK_TEXT_DIR_RTL);
  photograph_trainer (window, "ar");
  ck_assert_int_le (gtk_widget_get_width (GTK_WIDGET (window)), 1000);
  set_language (window, "en");

  /* Leaving: the picker, with nothing of trainer mode left in the window. */
  click_button (GTK_WIDGET (trainer_page (window)), "Leave Trainer Mode");
  page (window, "picker");
  ck_assert_ptr_null (hearth_window_get_page (window, "trainer"));
  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_parent (hearth_window_get_page (window, "picker")));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    ck_assert (!HEARTH_IS_TRAINER_PAGE (child));
  assert_label (page (window, "picker"), "Dalia");
  hearth_test_screenshot (GTK_WIDGET (window), "en-picker-for-trainers");

  /* Chandra goes straight to her lessons: no PIN asked, no wait. */
  click_button (page (window, "picker"), "Chandra");
  page (window, "home");
  ck_assert_str_eq (hearth_learner_get_display_name (hearth_context_get_learner (hearth_window_get_context (window))),
                    "Chandra");
}

static void
wrong_pin (HearthWindow *window,
           gpointer      data)
{
  HearthTrainerPage *trainer;

  set_language (window, "ar");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-picker-for-trainers");
  gtk_widget_activate_action (hearth_window_get_page (window, "picker"), "picker.open-trainer", NULL);
  hearth_test_iterate ();
  hearth_test_screenshot (GTK_WIDGET (window), "ar-trainer-pin");
  set_language (window, "en");

  trainer = trainer_page (window);
  assert_label (GTK_WIDGET (trainer), "For Trainers");
  tap_pin (window, FIRST_PIN);
  assert_label (GTK_WIDGET (trainer), "That is not the right PIN. Please try again.");
  ck_assert (!hearth_trainer_page_is_open (trainer));
  ck_assert_ptr_null (hearth_trainer_page_get_view_widget (trainer, "dashboard"));
  hearth_test_screenshot (GTK_WIDGET (window), "en-trainer-pin-wrong");

  /* Back: the picker, asked again next time. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  page (window, "picker");
  ck_assert_ptr_null (hearth_window_get_page (window, "trainer"));

  click_button (page (window, "picker"), "For Trainers");
  tap_pin (window, NEW_PIN);
  ck_assert (hearth_trainer_page_is_open (trainer_page (window)));
  /* The contact added last time is kept. */
  assert_label (show_view (window, "contacts"), "Children and Families Hub");
}

START_TEST (test_trainer_mode)
{
  prepare_profile ();
  run_hearth ("--data-dir", data_dir, NULL, first_use, NULL);
  run_hearth ("--data-dir", data_dir, NULL, wrong_pin, NULL);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("ui-trainer");
  TCase *tcase = tcase_create ("ui-trainer");

  hearth_i18n_init ();

  tcase_set_timeout (tcase, 600);
  tcase_add_checked_fixture (tcase, hearth_test_app_setup, hearth_test_app_teardown);
  tcase_add_test (tcase, test_trainer_mode);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}

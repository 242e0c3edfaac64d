/* test-ui-quick-exit.c: Quick exit in the real application
 *
 * Hearth runs as a person starts it: unique on the session bus, so that
 * opening it again reaches the running one. Quick exit is pressed from a
 * lesson (the header's button), from trainer mode and from the survey
 * (Shift+Esc, typed on the X server by xdotool, as on a keyboard, once
 * with the main menu open), and from a message dialog and the print
 * dialog over the window (Shift+Esc in the dialog). Each time the
 * window is hidden when the press has been handled, the learner is signed
 * out, nothing in the window holds her name (but the picker's tile) or the
 * lesson, the title is "Hearth", and opening Hearth again shows the picker.
 * A dialog gets its harmless answer: her PIN stays. A Hearth started on its
 * own data folder, which a new start cannot reach, closes once hidden.
 *
 * The header with the button is photographed in English and Arabic, wide
 * and narrow, where only the icons are left and the header fits in 360
 * pixels. Last, quick exit is
 * pressed several times with HEARTH_BENCHMARK set, and the median times
 * printed (never asserted).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>
#include <gdk/x11/gdkx.h>
#include <string.h>

#include "hearth-context.h"
#include "hearth-i18n.h"
#include "hearth-store.h"
#include "hearth-test-app.h"
#include "hearth-test-check.h"
#include "hearth-test-ui.h"
#include "hearth-trainer-page.h"

#define LEARNER "Nasrin Quickexit"
#define PIN "2580"
#define TRAINER_PIN "1397"

/* Running Hearth as a person does */

typedef struct
{
  GtkApplication *app;
  Driver          driver;
  gboolean        started;
} Run;

/* Each test's own application, not g_application_get_default (): after a
 * failed check the last one may still be around. */
static void
drive_cb (gpointer user_data)
{
  Run *run = user_data;
  GtkApplication *app = run->app;
  GtkWindow *window = gtk_application_get_active_window (app);

  ck_assert_ptr_nonnull (window);
  hearth_test_wait_for_draw (GTK_WIDGET (window));
  run->driver (HEARTH_WINDOW (window), NULL);

  for (GList *windows = gtk_application_get_windows (app); windows != NULL;
       windows = gtk_application_get_windows (app))
    gtk_window_destroy (windows->data);
}

/* Only the first activation starts the test; later ones are the test
 * opening Hearth again. */
static void
activate_cb (GApplication *app,
             Run          *run)
{
  if (run->started)
    return;
  run->started = TRUE;
  g_idle_add_once (drive_cb, run);
}

/* Hearth makes itself non-unique for a data folder of its own; these
 * tests want the Hearth a second start reaches, on the test's folder. */
static int
stay_unique_cb (GApplication *app,
                GVariantDict *options,
                gpointer      user_data)
{
  g_application_set_flags (app, g_application_get_flags (app) & ~G_APPLICATION_NON_UNIQUE);
  return -1;
}

static void
run_unique_hearth (const char *application_id,
                   Driver      driver)
{
  g_autoptr(HearthApplication) app = hearth_application_new (application_id, G_APPLICATION_DEFAULT_FLAGS);
  char *argv[] = { (char *) "hearth", (char *) "--data-dir", data_dir, NULL };
  Run run = { GTK_APPLICATION (app), driver, FALSE };

  g_signal_connect_after (app, "handle-local-options", G_CALLBACK (stay_unique_cb), NULL);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), &run);
  ck_assert_int_eq (g_application_run (G_APPLICATION (app), 3, argv), 0);
  ck_assert_msg (run.started, "the window never opened");
}

static void
call_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);

  ck_assert_msg (reply != NULL, "Activate failed: %s", error ? error->message : "");
  *(gboolean *) user_data = TRUE;
}

/* Opening Hearth again: a second start finds this one on the session bus
 * and tells it to activate, as done here. */
static void
open_hearth_again (HearthWindow *window)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  g_autofree char *path = g_strdelimit (g_strdup_printf ("/%s", g_application_get_application_id (app)), ".", '/');
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gboolean done = FALSE;

  ck_assert_ptr_nonnull (g_application_get_dbus_connection (app));
  g_dbus_connection_call (g_application_get_dbus_connection (app), g_application_get_application_id (app), path,
                          "org.freedesktop.Application", "Activate", g_variant_new ("(a{sv})", NULL), NULL,
                          G_DBUS_CALL_FLAGS_NONE, -1, NULL, call_done_cb, &done);
  while ((!done || !gtk_widget_get_mapped (GTK_WIDGET (window))) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  ck_assert_msg (done && gtk_widget_get_visible (GTK_WIDGET (window)), "opening Hearth again did not show it");
  hearth_test_wait_for_draw (GTK_WIDGET (window));
}

/* Checks */

static HearthStore *
store_of (HearthWindow *window)
{
  return hearth_context_get_store (hearth_window_get_context (window));
}

static HearthLesson *
first_lesson (HearthWindow *window)
{
  HearthCourse *course = hearth_context_get_course (hearth_window_get_context (window));
  HearthModule *module = hearth_course_find_module (course, "know-your-gadgets");

  ck_assert_ptr_nonnull (module);
  return g_ptr_array_index (module->lessons, 0);
}

/* Everything a person could read in a widget, on screen or not. */
static gboolean
widget_shows (GtkWidget  *widget,
              const char *text)
{
  const char *shown = NULL;
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (GTK_IS_LABEL (widget))
    shown = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_TEXT (widget))
    shown = gtk_editable_get_text (GTK_EDITABLE (widget));
  else if (GTK_IS_PICTURE (widget))
    shown = gtk_picture_get_alternative_text (GTK_PICTURE (widget));
  else if (GTK_IS_WINDOW (widget))
    shown = gtk_window_get_title (GTK_WINDOW (widget));

  return (shown != NULL && strstr (shown, text) != NULL) || (tooltip != NULL && strstr (tooltip, text) != NULL);
}

/* The first widget under @root, mapped or not, but not under @skip, that
 * shows @text. */
static GtkWidget *
find_anywhere (GtkWidget  *root,
               const char *text,
               GtkWidget  *skip)
{
  if (root == skip)
    return NULL;
  if (widget_shows (root, text))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_anywhere (child, text, skip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
assert_nowhere (HearthWindow *window,
                const char   *text,
                GtkWidget    *skip)
{
  GtkWidget *found = find_anywhere (GTK_WIDGET (window), text, skip);
  GtkWidget *page = found;

  /* Names the page it is on, to say where to look. */
  while (page != NULL && gtk_widget_get_parent (page) != NULL && !GTK_IS_STACK (gtk_widget_get_parent (page)))
    page = gtk_widget_get_parent (page);
  ck_assert_msg (found == NULL, "“%s” is still in a %s on %s", text,
                 found ? G_OBJECT_TYPE_NAME (found) : "", page ? G_OBJECT_TYPE_NAME (page) : "");
}

static void
assert_title_neutral (HearthWindow *window)
{
  ck_assert_str_eq (gtk_window_get_title (GTK_WINDOW (window)), "Hearth");
}

/* Hidden at once: when the press has been handled, before the main loop
 * has run again. */
static void
assert_hidden (HearthWindow *window)
{
  ck_assert_msg (!gtk_widget_get_visible (GTK_WIDGET (window)), "the window is still shown");
  ck_assert (!gtk_widget_get_mapped (GTK_WIDGET (window)));
  ck_assert (!gdk_surface_get_mapped (gtk_native_get_surface (GTK_NATIVE (window))));
}

/* After a quick exit: nobody signed in, on the picker, nothing of hers
 * but her tile on the picker, nothing of the lesson. */
static void
assert_nothing_left (HearthWindow *window)
{
  HearthLesson *lesson = first_lesson (window);

  ck_assert_ptr_null (hearth_context_get_learner (hearth_window_get_context (window)));
  ck_assert_str_eq (hearth_window_get_page_name (window), "picker");
  ck_assert_ptr_null (hearth_window_get_page (window, "trainer"));
  assert_title_neutral (window);
  assert_nowhere (window, LEARNER, hearth_window_get_page (window, "picker"));
  assert_nowhere (window, hearth_text_get (lesson->title, "en"), NULL);
  for (guint i = 0; i < lesson->steps->len; i++)
    assert_nowhere (window, hearth_text_get (((HearthStep *) g_ptr_array_index (lesson->steps, i))->text, "en"), NULL);
}

/* Hearth's dialogs on screen. */
static guint
dialogs_shown (HearthWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint shown = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

      if (other != GTK_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (other)))
        shown++;
    }
  return shown;
}

/* Doing */

/* The button, found by its words, as a person finds it. */
static GtkWidget *
quick_exit_button (HearthWindow *window)
{
  GtkWidget *button = hearth_test_find_button (GTK_WIDGET (window), "Quick Exit");

  ck_assert_msg (button != NULL, "no “Quick Exit” button on screen");
  ck_assert (button == hearth_test_find_named (GTK_WIDGET (window), "quick-exit"));
  return button;
}

static gboolean
wake_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

/* Shift+Esc on the keyboard, typed into @target (the window, or a dialog
 * over it) on the X server, as a person would; with no @target, to what
 * has the keyboard (an open menu). */
static void
press_shift_escape (HearthWindow *window,
                    GtkWindow    *target)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *command = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  guint wake;
  int status = 0;

  if (target != NULL)
    command = g_strdup_printf ("xdotool windowfocus --sync %lu key shift+Escape",
                               (unsigned long) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (target))));
  else
    command = g_strdup ("xdotool key shift+Escape");
  ck_assert_msg (g_spawn_command_line_sync (command, NULL, NULL, &status, &error),
                 "xdotool: %s", error ? error->message : "");
  ck_assert (g_spawn_check_wait_status (status, NULL));

  /* The key comes back from the X server through the main loop. */
  wake = g_timeout_add (20, wake_cb, NULL);
  while (gtk_widget_get_visible (GTK_WIDGET (window)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
}

/* The one dialog on screen. */
static GtkWindow *
dialog_of (HearthWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      /* The list of toplevels keeps it. */
      GtkWindow *other = g_list_model_get_item (toplevels, i);

      g_object_unref (other);
      if (other != GTK_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (other)))
        return other;
    }

  ck_abort_msg ("no dialog on screen");
  return NULL;
}

static void
sign_in (HearthWindow *window)
{
  click_button (page (window, "picker"), LEARNER);
  if (g_strcmp0 (hearth_window_get_page_name (window), "pin") == 0)
    for (const char *digit = PIN; *digit != '\0'; digit++)
      {
        char label[2] = { *digit, '\0' };

        click_button (page (window, "pin"), label);
      }
  hearth_test_iterate ();
  page (window, "home");
}

/* From her home page to the second step of the module's first lesson,
 * skipping the survey if it is asked. */
static void
open_lesson (HearthWindow *window)
{
  const char *step_two = hearth_text_get (((HearthStep *) g_ptr_array_index (first_lesson (window)->steps, 1))->text,
                                          "en");
  GtkWidget *lesson;

  hearth_test_click (hearth_test_find_named (page (window, "home"), "know-your-gadgets"));
  gtk_widget_activate_action (page (window, "module"), "module.continue", NULL);
  hearth_test_iterate ();
  if (g_strcmp0 (hearth_window_get_page_name (window), "survey") == 0)
    click_button (page (window, "survey"), "Skip");
  lesson = page (window, "lesson");
  if (hearth_test_find_label (lesson, step_two) == NULL)
    click_button (lesson, "Next");
  assert_label (lesson, step_two);
}

static void
add_learner (gboolean with_pin)
{
  g_autoptr(HearthStore) store = hearth_store_open (data_dir, NULL);
  g_autoptr(HearthLearner) learner = NULL;

  ck_assert_ptr_nonnull (store);
  learner = hearth_store_add_learner (store, LEARNER, "en", "flower", NULL);
  ck_assert_ptr_nonnull (learner);
  if (with_pin)
    ck_assert (hearth_store_set_learner_pin (store, hearth_learner_get_id (learner), PIN, NULL));
}

/* From a lesson, with the button */

static void
photograph_header (HearthWindow *window,
                   const char   *name)
{
  g_autofree char *english = g_strdup_printf ("en-%s", name);
  g_autofree char *arabic = g_strdup_printf ("ar-%s", name);

  hearth_test_screenshot (GTK_WIDGET (window), english);
  set_language (window, "ar");
  hearth_test_screenshot (GTK_WIDGET (window), arabic);
  set_language (window, "en");
}

static void
from_lesson (HearthWindow *window,
             gpointer      data)
{
  GtkWidget *button;
  int minimum;

  assert_title_neutral (window);
  /* On the picker too, where there is nothing to sign out of. */
  button = quick_exit_button (window);
  gtk_widget_measure (button, GTK_ORIENTATION_VERTICAL, -1, &minimum, NULL, NULL, NULL);
  ck_assert_int_ge (minimum, 48);
  ck_assert_str_eq (gtk_widget_get_tooltip_text (button), "Hide Hearth at once (Shift+Escape)");

  sign_in (window);
  assert_title_neutral (window);
  open_lesson (window);
  assert_title_neutral (window);
  photograph_header (window, "quick-exit-lesson");

  /* Two notes from the page, one shown, one waiting behind it. */
  g_signal_emit_by_name (page (window, "lesson"), "problem", "A note for " LEARNER);
  g_signal_emit_by_name (page (window, "lesson"), "problem", "Another note for " LEARNER);
  hearth_test_iterate ();
  assert_label (GTK_WIDGET (window), "A note for " LEARNER);

  hearth_test_click (quick_exit_button (window));
  assert_hidden (window);
  assert_nothing_left (window);

  /* Neither note comes back with the window. */
  open_hearth_again (window);
  page (window, "picker");
  hearth_test_iterate ();
  assert_nothing_left (window);
  hearth_test_screenshot (GTK_WIDGET (window), "en-quick-exit-opened-again");

  /* Her progress is kept: she carries on where she was. */
  sign_in (window);
  hearth_test_click (hearth_test_find_named (page (window, "home"), "know-your-gadgets"));
  gtk_widget_activate_action (page (window, "module"), "module.continue", NULL);
  hearth_test_iterate ();
  {
    g_autofree char *counter = g_strdup_printf ("Step 2 of %u", first_lesson (window)->steps->len);

    assert_label (page (window, "lesson"), counter);
  }
}

START_TEST (test_from_lesson)
{
  add_learner (FALSE);
  run_unique_hearth ("org.hearthapp.Hearth.QuickExitLesson", from_lesson);
}
END_TEST

/* From trainer mode and the survey, with Shift+Esc */

static void
from_trainer (HearthWindow *window,
              gpointer      data)
{
  HearthTrainerPage *trainer;
  g_autoptr(GPtrArray) menus = NULL;
  GtkMenuButton *menu;
  HearthSurveyResponse response;
  g_autoptr(HearthLearner) learner = NULL;

  /* The trainer PIN, chosen: typed twice. */
  click_button (page (window, "picker"), "For Trainers");
  for (guint twice = 0; twice < 2; twice++)
    {
      for (const char *digit = TRAINER_PIN; *digit != '\0'; digit++)
        {
          char label[2] = { *digit, '\0' };

          click_button (page (window, "trainer"), label);
        }
      hearth_test_iterate ();
    }
  trainer = HEARTH_TRAINER_PAGE (page (window, "trainer"));
  ck_assert (hearth_trainer_page_is_open (trainer));
  quick_exit_button (window);
  photograph_header (window, "quick-exit-trainer");

  /* With the main menu open: it goes too, and does not come back. */
  menus = hearth_test_find_all (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);
  menu = g_ptr_array_index (menus, 0);
  gtk_menu_button_popup (menu);
  hearth_test_iterate ();
  ck_assert (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (menu))));
  press_shift_escape (window, NULL);
  assert_hidden (window);
  assert_nothing_left (window);
  ck_assert (!gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (menu))));

  open_hearth_again (window);
  ck_assert (!gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (menu))));
  /* Trainer mode asks for the PIN again. */
  click_button (page (window, "picker"), "For Trainers");
  ck_assert (!hearth_trainer_page_is_open (HEARTH_TRAINER_PAGE (page (window, "trainer"))));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();

  /* The survey takes Esc to skip; Shift+Esc is quick exit there too, and
   * leaves the survey unanswered, to be asked next time. */
  sign_in (window);
  learner = g_object_ref (hearth_context_get_learner (hearth_window_get_context (window)));
  hearth_test_click (hearth_test_find_named (page (window, "home"), "know-your-gadgets"));
  gtk_widget_activate_action (page (window, "module"), "module.continue", NULL);
  hearth_test_iterate ();
  page (window, "survey");
  press_shift_escape (window, GTK_WINDOW (window));
  assert_hidden (window);
  assert_nothing_left (window);
  ck_assert (hearth_store_get_survey_response (store_of (window), hearth_learner_get_id (learner),
                                               "know-your-gadgets", HEARTH_SURVEY_BEFORE, &response, NULL));
  ck_assert (!response.offered);
  open_hearth_again (window);
  page (window, "picker");
}

START_TEST (test_from_trainer)
{
  add_learner (FALSE);
  run_unique_hearth ("org.hearthapp.Hearth.QuickExitTrainer", from_trainer);
}
END_TEST

/* From a dialog, with Shift+Esc typed in it */

static void
from_dialog (HearthWindow *window,
             gpointer      data)
{
  g_autoptr(GPtrArray) learners = NULL;

  sign_in (window);
  open_lesson (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-pin", NULL);
  hearth_test_iterate ();
  ck_assert_uint_eq (dialogs_shown (window), 1);

  press_shift_escape (window, dialog_of (window));
  assert_hidden (window);
  ck_assert_uint_eq (dialogs_shown (window), 0);
  assert_nothing_left (window);
  /* The dialog was answered as if closed: "Keep My PIN". */
  learners = hearth_store_list_learners (store_of (window), NULL);
  ck_assert_uint_eq (learners->len, 1);
  ck_assert (hearth_learner_get_has_pin (g_ptr_array_index (learners, 0)));

  open_hearth_again (window);
  page (window, "picker");
  ck_assert_uint_eq (dialogs_shown (window), 0);
  /* Her PIN is asked again. */
  click_button (page (window, "picker"), LEARNER);
  page (window, "pin");
}

START_TEST (test_from_dialog)
{
  add_learner (TRUE);
  run_unique_hearth ("org.hearthapp.Hearth.QuickExitDialog", from_dialog);
}
END_TEST

/* From the print dialog, which runs a main loop of its own */

#define FAMILY "Nasrin's house"

/* Shift+Esc in the print dialog once it is on screen. */
static gboolean
press_in_print_dialog_cb (gpointer user_data)
{
  HearthWindow *window = user_data;

  if (dialogs_shown (window) == 0)
    return G_SOURCE_CONTINUE;

  hearth_test_wait_for_draw (GTK_WIDGET (dialog_of (window)));
  press_shift_escape (window, dialog_of (window));
  return G_SOURCE_REMOVE;
}

static void
from_print_dialog (HearthWindow *window,
                   gpointer      data)
{
  g_autoptr(GtkWidget) builder = NULL;

  sign_in (window);
  hearth_test_click (hearth_test_find_button (page (window, "home"), "Our Family Agreement"));
  click_button (page (window, "policies"), "New Agreement");
  /* Held, as GTK holds every widget a click goes through while it is
   * handled: the print dialog is run from the click. */
  builder = g_object_ref (page (window, "policy-builder"));
  fill_entry (builder, 0, FAMILY);
  while (hearth_test_find_button (builder, "Finish") == NULL)
    click_button (builder, "Next");

  /* The click returns once the print dialog has gone. */
  g_timeout_add (100, press_in_print_dialog_cb, window);
  click_button (builder, "Print…");
  assert_hidden (window);
  ck_assert_uint_eq (dialogs_shown (window), 0);
  assert_nothing_left (window);
  assert_nowhere (window, FAMILY, NULL);

  open_hearth_again (window);
  page (window, "picker");
}

START_TEST (test_from_print_dialog)
{
  add_learner (FALSE);
  run_unique_hearth ("org.hearthapp.Hearth.QuickExitPrint", from_print_dialog);
}
END_TEST

/* Narrow: the icon alone, still named */

static void
narrow (HearthWindow *window,
        gpointer      data)
{
  GtkWidget *button = quick_exit_button (window);
  GtkWidget *squeezer = gtk_button_get_child (GTK_BUTTON (button));
  int minimum;

  ck_assert (ADW_IS_SQUEEZER (squeezer));
  ck_assert (ADW_IS_BUTTON_CONTENT (adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer))));

  /* Hidden by the quick exit, so it comes back at the new size. */
  hearth_test_click (button);
  assert_hidden (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  open_hearth_again (window);
  sign_in (window);
  open_lesson (window);
  button = hearth_test_find_named (GTK_WIDGET (window), "quick-exit");
  squeezer = gtk_button_get_child (GTK_BUTTON (button));
  /* The window is as narrow as its pages let it be; the header, with Back,
   * her name and both buttons, would fit in 360 pixels. */
  gtk_widget_measure (gtk_widget_get_ancestor (button, ADW_TYPE_HEADER_BAR), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  ck_assert_int_le (minimum, 360);
  ck_assert (GTK_IS_IMAGE (adw_squeezer_get_visible_child (ADW_SQUEEZER (squeezer))));
  ck_assert (gtk_widget_get_mapped (squeezer));
  photograph_header (window, "quick-exit-narrow");
  /* The size is kept for the next start, and the next test. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 740);
}

START_TEST (test_narrow)
{
  add_learner (FALSE);
  run_unique_hearth ("org.hearthapp.Hearth.QuickExitNarrow", narrow);
}
END_TEST

/* A Hearth a new start cannot reach closes */

static void
unreachable (HearthWindow *window,
             gpointer      data)
{
  g_autoptr(HearthWindow) kept = g_object_ref (window);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));

  sign_in (window);
  open_lesson (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.quick-exit", NULL);
  assert_hidden (window);
  assert_nothing_left (window);
  hearth_test_iterate ();
  ck_assert_ptr_null (gtk_application_get_windows (app));
}

START_TEST (test_unreachable)
{
  add_learner (FALSE);
  /* Its own data folder makes Hearth non-unique. */
  run_hearth ("--data-dir", data_dir, NULL, unreachable, NULL);
}
END_TEST

/* How long it takes */

static GPtrArray *timings;

static void
collect_printerr (const char *message)
{
  double hidden, server, ready;

  if (sscanf (message, "quick-exit: hidden %lf ms, display server done %lf ms, start screen ready %lf ms",
              &hidden, &server, &ready) == 3)
    {
      double *times = g_new (double, 3);

      times[0] = hidden;
      times[1] = server;
      times[2] = ready;
      g_ptr_array_add (timings, times);
    }
  fputs (message, stderr);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (guint which)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < timings->len; i++)
    g_array_append_val (values, ((double *) g_ptr_array_index (timings, i))[which]);
  g_array_sort (values, compare_doubles);
  return values->len % 2 == 1
         ? g_array_index (values, double, values->len / 2)
         : (g_array_index (values, double, values->len / 2 - 1) + g_array_index (values, double, values->len / 2)) / 2;
}

static void
timing (HearthWindow *window,
        gpointer      data)
{
  guint presses = GPOINTER_TO_UINT (data);

  for (guint i = 0; i < presses; i++)
    {
      sign_in (window);
      open_lesson (window);
      hearth_test_click (quick_exit_button (window));
      assert_hidden (window);
      open_hearth_again (window);
    }
}

static void
run_timing_cb (HearthWindow *window,
               gpointer      data)
{
  const char *wanted = g_getenv ("HEARTH_QUICK_EXIT_PRESSES");

  timing (window, GUINT_TO_POINTER (wanted != NULL ? (guint) atoi (wanted) : 7));
}

START_TEST (test_timing)
{
  GPrintFunc old_handler;

  add_learner (FALSE);
  timings = g_ptr_array_new_with_free_func (g_free);
  g_setenv ("HEARTH_BENCHMARK", "1", TRUE);
  old_handler = g_set_printerr_handler (collect_printerr);
  run_unique_hearth ("org.hearthapp.Hearth.QuickExitTiming", run_timing_cb);
  g_set_printerr_handler (old_handler);
  g_unsetenv ("HEARTH_BENCHMARK");

  ck_assert_uint_gt (timings->len, 0);
  g_print ("quick exit, median of %u presses from a lesson: hidden (unmap sent) %.2f ms, "
           "display server done %.2f ms, start screen ready %.2f ms\n",
           timings->len, median (0), median (1), median (2));
  g_clear_pointer (&timings, g_ptr_array_unref);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("ui-quick-exit");
  TCase *tcase = tcase_create ("ui-quick-exit");
  /* Its own case, which the quick-exit benchmark runs alone. */
  TCase *timing_case = tcase_create ("timing");

  hearth_i18n_init ();

  tcase_set_timeout (tcase, 600);
  tcase_add_checked_fixture (tcase, hearth_test_app_setup, hearth_test_app_teardown);
  /* First: run_hearth() finds its application with g_application_get_default (),
   * which a failed check in a test before would leave pointing elsewhere. */
  tcase_add_test (tcase, test_unreachable);
  tcase_add_test (tcase, test_from_lesson);
  tcase_add_test (tcase, test_from_trainer);
  tcase_add_test (tcase, test_from_dialog);
  tcase_add_test (tcase, test_from_print_dialog);
  tcase_add_test (tcase, test_narrow);
  suite_add_tcase (suite, tcase);
  tcase_set_timeout (timing_case, 600);
  tcase_add_checked_fixture (timing_case, hearth_test_app_setup, hearth_test_app_teardown);
  tcase_add_test (timing_case, test_timing);
  suite_add_tcase (suite, timing_case);

  return hearth_test_run_suite (suite);
}

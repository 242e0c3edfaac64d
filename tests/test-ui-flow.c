/* test-ui-flow.c: the real application, driven as a learner would use it
 *
 * Adds a learner, opens module 1, walks every lesson to the quiz (changing
 * language half way), answers the quiz, then starts the application again on
 * the same --data-dir and finds the progress there. Also: a data folder that
 * cannot be used, and a broken course file. Saves a screenshot of each screen
 * in English and in Arabic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>
#include <glib/gstdio.h>

#include "hearth-test-check.h"
#include "hearth-application.h"
#include "hearth-lesson-view.h"
#include "hearth-progress.h"
#include "hearth-quiz-view.h"
#include "hearth-test-ui.h"
#include "hearth-window.h"

/* Any script, an emoji with joiners: shown and kept exactly. */
#define LEARNER_NAME "আমিনা Amina 👩‍👧"

typedef void (*Driver) (HearthWindow *window, gpointer data);

typedef struct
{
  Driver   driver;
  gpointer data;
  gboolean ran;
} Run;

static char *data_dir;

static void
drive_cb (gpointer user_data)
{
  Run *run = user_data;
  GtkApplication *app = GTK_APPLICATION (g_application_get_default ());
  GtkWindow *window = gtk_application_get_active_window (app);

  ck_assert_ptr_nonnull (window);
  hearth_test_wait_for_draw (GTK_WIDGET (window));
  run->driver (HEARTH_WINDOW (window), run->data);
  run->ran = TRUE;

  /* Closing every window ends the application, as for a person. */
  for (GList *windows = gtk_application_get_windows (app); windows != NULL;
       windows = gtk_application_get_windows (app))
    gtk_window_destroy (windows->data);
}

static void
activate_cb (GApplication *app,
             Run          *run)
{
  g_idle_add_once (drive_cb, run);
}

/* Runs Hearth with a command line, through g_application_run() as main() does. */
static void
run_hearth (const char *first_argument,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(HearthApplication) app = NULL;
  Run run = { 0 };
  const char *argument;
  va_list args;
  int status;

  g_ptr_array_add (argv, (char *) "hearth");
  va_start (args, first_argument);
  for (argument = first_argument; argument != NULL; argument = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) argument);
  run.driver = va_arg (args, Driver);
  run.data = va_arg (args, gpointer);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  app = hearth_application_new ("org.hearthapp.Hearth.Test", G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (activate_cb), &run);
  status = g_application_run (G_APPLICATION (app), argv->len - 1, (char **) argv->pdata);

  ck_assert_int_eq (status, 0);
  ck_assert_msg (run.ran, "the window never opened");
}

/* The page on screen, which must be @name; failures name the test's line. */
static GtkWidget *
page_at (HearthWindow *window,
         const char   *name,
         int           line)
{
  ck_assert_msg (g_strcmp0 (hearth_window_get_page_name (window), name) == 0,
                 "line %d: on page “%s”, expected “%s”", line, hearth_window_get_page_name (window), name);
  return hearth_window_get_page (window, name);
}
#define page(window, name) page_at ((window), (name), __LINE__)

static void
click_button (GtkWidget  *root,
              const char *text)
{
  GtkWidget *button = hearth_test_find_button (root, text);

  ck_assert_msg (button != NULL, "no button “%s” on screen", text);
  hearth_test_click (button);
}

static void
assert_label (GtkWidget  *root,
              const char *text)
{
  ck_assert_msg (hearth_test_find_label (root, text) != NULL, "“%s” is not on screen", text);
}

static void
set_language (HearthWindow *window,
              const char   *language)
{
  /* What the Language menu does. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", language);
  hearth_test_iterate ();
  hearth_test_wait_for_draw (GTK_WIDGET (window));
}

static HearthModule *
module_one (HearthWindow *window)
{
  HearthCourse *course = hearth_context_get_course (hearth_window_get_context (window));
  HearthModule *module = hearth_course_find_module (course, "know-your-gadgets");

  ck_assert_ptr_nonnull (module);
  return module;
}

/* Reads a lesson to its end with Next and Finish. */
static void
finish_lesson (HearthWindow *window,
               HearthLesson *lesson,
               guint         from_step)
{
  for (guint step = from_step; step < lesson->steps->len; step++)
    {
      g_autofree char *counter = g_strdup_printf ("Step %u of %u", step + 1, lesson->steps->len);
      GtkWidget *view = page (window, "lesson");

      assert_label (view, counter);
      assert_label (view, hearth_text_get (((HearthStep *) g_ptr_array_index (lesson->steps, step))->text, "en"));
      click_button (view, step + 1 < lesson->steps->len ? "Next" : "Finish");
    }

  page (window, "module");
}

static void
answer_question (HearthWindow   *window,
                 HearthQuestion *question,
                 gboolean        wrong_first)
{
  GtkWidget *quiz = page (window, "quiz");
  g_autoptr(GPtrArray) options = hearth_test_find_all (quiz, GTK_TYPE_CHECK_BUTTON);

  ck_assert_uint_eq (options->len, question->options->len);
  assert_label (quiz, hearth_text_get (question->prompt, "en"));

  if (wrong_first)
    {
      for (guint i = 0; i < options->len; i++)
        if (!((HearthOption *) g_ptr_array_index (question->options, i))->correct)
          {
            hearth_test_click (g_ptr_array_index (options, i));
            break;
          }
      click_button (quiz, "Check My Answer");
      assert_label (quiz, "Not quite. Here is why:");
      hearth_test_screenshot (GTK_WIDGET (window), "en-quiz-feedback");
      click_button (quiz, "Try Again");
    }

  for (guint i = 0; i < options->len; i++)
    if (((HearthOption *) g_ptr_array_index (question->options, i))->correct)
      hearth_test_click (g_ptr_array_index (options, i));

  click_button (quiz, "Check My Answer");
  assert_label (quiz, "Yes, that’s right!");
}

static void
first_visit (HearthWindow *window,
             gpointer      data)
{
  HearthModule *module = module_one (window);
  HearthLesson *lesson_two = g_ptr_array_index (module->lessons, 1);
  GtkWidget *add, *home, *module_page, *quiz;
  g_autofree char *too_long = NULL;
  GString *sixty_one = g_string_new (NULL);
  GtkEditable *name_entry;

  ck_assert_int_eq (gtk_widget_get_direction (GTK_WIDGET (window)), GTK_TEXT_DIR_LTR);
  hearth_test_screenshot (GTK_WIDGET (window), "en-picker-empty");
  click_button (page (window, "picker"), "Add Me");

  /* Bad names are refused with a message. */
  add = page (window, "add-learner");
  hearth_test_screenshot (GTK_WIDGET (window), "en-add-learner");
  name_entry = GTK_EDITABLE (g_ptr_array_index (hearth_test_find_all (add, GTK_TYPE_ENTRY), 0));
  /* A keyboard user can type her name at once. */
  {
    GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (window));

    ck_assert_msg (focus != NULL && (focus == GTK_WIDGET (name_entry) ||
                                     gtk_widget_is_ancestor (focus, GTK_WIDGET (name_entry))),
                   "focus is on %s, not the name", focus ? G_OBJECT_TYPE_NAME (focus) : "nothing");
  }
  gtk_editable_set_text (name_entry, "   ");
  click_button (add, "Start Learning");
  page (window, "add-learner");
  assert_label (add, "Please type your name.");
  for (guint i = 0; i < 61; i++)
    g_string_append (sixty_one, "ن");
  too_long = g_string_free (sixty_one, FALSE);
  gtk_editable_set_text (name_entry, too_long);
  hearth_test_click (GTK_WIDGET (name_entry));
  page (window, "add-learner");
  assert_label (add, "A name can have at most 60 letters. Please make it shorter.");
  hearth_test_screenshot (GTK_WIDGET (window), "en-add-learner-error");

  gtk_editable_set_text (name_entry, LEARNER_NAME);
  click_button (add, "Start Learning");

  home = page (window, "home");
  assert_label (home, "Hello, " LEARNER_NAME);
  assert_label (home, "Not started yet");
  hearth_test_screenshot (GTK_WIDGET (window), "en-home");
  hearth_test_click (hearth_test_find_named (home, "know-your-gadgets"));

  module_page = page (window, "module");
  assert_label (module_page, "Know your gadgets");
  hearth_test_screenshot (GTK_WIDGET (window), "en-module");
  click_button (module_page, "Start");

  hearth_test_screenshot (GTK_WIDGET (window), "en-lesson");
  finish_lesson (window, g_ptr_array_index (module->lessons, 0), 0);
  assert_label (page (window, "module"), "Done");

  /* Half way through lesson two, change language from the menu: the place is kept. */
  click_button (page (window, "module"), "Carry On");
  click_button (page (window, "lesson"), "Next");
  click_button (page (window, "lesson"), "Next");
  set_language (window, "ar");
  ck_assert_int_eq (gtk_widget_get_direction (GTK_WIDGET (window)), GTK_TEXT_DIR_RTL);
  ck_assert_uint_eq (hearth_lesson_view_get_step (HEARTH_LESSON_VIEW (page (window, "lesson"))), 2);
  assert_label (page (window, "lesson"),
                hearth_text_get (((HearthStep *) g_ptr_array_index (lesson_two->steps, 2))->text, "ar"));
  hearth_test_screenshot (GTK_WIDGET (window), "ar-lesson");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  assert_label (page (window, "module"), hearth_text_get (module->title, "ar"));
  hearth_test_screenshot (GTK_WIDGET (window), "ar-module");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  assert_label (page (window, "home"), hearth_text_get (module->summary, "ar"));
  hearth_test_screenshot (GTK_WIDGET (window), "ar-home");
  hearth_test_click (hearth_test_find_named (page (window, "home"), "know-your-gadgets"));
  set_language (window, "en");
  ck_assert_int_eq (gtk_widget_get_direction (GTK_WIDGET (window)), GTK_TEXT_DIR_LTR);

  /* The lesson opens again at the step reached. */
  click_button (page (window, "module"), "Carry On");
  finish_lesson (window, lesson_two, 2);
  click_button (page (window, "module"), "Carry On");
  finish_lesson (window, g_ptr_array_index (module->lessons, 2), 0);

  /* Every lesson done: the big button leads to the quiz. */
  click_button (page (window, "module"), "Check Yourself");
  hearth_test_screenshot (GTK_WIDGET (window), "en-quiz");
  for (guint i = 0; i < module->questions->len; i++)
    {
      gboolean last = i + 1 == module->questions->len;

      answer_question (window, g_ptr_array_index (module->questions, i), last);

      if (i == 3)
        {
          /* Changing language mid-quiz keeps the question. */
          set_language (window, "ar");
          ck_assert_uint_eq (hearth_quiz_view_get_question_index (HEARTH_QUIZ_VIEW (page (window, "quiz"))), 3);
          hearth_test_screenshot (GTK_WIDGET (window), "ar-quiz");
          set_language (window, "en");
          answer_question (window, g_ptr_array_index (module->questions, i), FALSE);
        }

      click_button (page (window, "quiz"), last ? "See How I Did" : "Next Question");
    }

  quiz = page (window, "quiz");
  ck_assert_ptr_nonnull (hearth_test_find_label (quiz, "Well Done!"));
  hearth_test_screenshot (GTK_WIDGET (window), "en-quiz-summary");
  set_language (window, "ar");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-quiz-summary");
  set_language (window, "en");
  click_button (page (window, "quiz"), "Back to the Topic");
  assert_label (page (window, "module"), "Best so far: 7 of 8 right");

  /* The Arabic picker and "Add me", for the screenshots. */
  set_language (window, "ar");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.switch-learner", NULL);
  hearth_test_iterate ();
  hearth_test_screenshot (GTK_WIDGET (window), "ar-picker");
  {
    g_autoptr(GPtrArray) tiles = hearth_test_find_all (page (window, "picker"), GTK_TYPE_FLOW_BOX);
    GtkWidget *add_me = gtk_widget_get_last_child (g_ptr_array_index (tiles, 0));

    /* "Add Me" is the last tile, in any language. */
    hearth_test_click (gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (add_me)));
  }
  hearth_test_iterate ();
  page (window, "add-learner");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-add-learner");
}

static void
second_visit (HearthWindow *window,
              gpointer      data)
{
  GtkWidget *home;

  /* The learner's tile is there, with her name exactly as typed. */
  click_button (page (window, "picker"), LEARNER_NAME);
  /* She left in Arabic, so Hearth speaks Arabic to her again. */
  ck_assert_int_eq (gtk_widget_get_direction (GTK_WIDGET (window)), GTK_TEXT_DIR_RTL);
  hearth_test_screenshot (GTK_WIDGET (window), "ar-home-progress");
  set_language (window, "en");
  home = page (window, "home");
  assert_label (home, "3 of 3 lessons done · Quiz: 7 of 8 right");
  hearth_test_screenshot (GTK_WIDGET (window), "en-home-progress");
}

START_TEST (test_learner_flow)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(HearthCourse) course = hearth_course_new ();
  HearthModuleProgress progress;
  HearthLearner *learner;

  run_hearth ("--data-dir", data_dir, NULL, first_visit, NULL);
  run_hearth ("--data-dir", data_dir, NULL, second_visit, NULL);

  /* And it is in the profile itself. */
  store = hearth_store_open (data_dir, NULL);
  ck_assert_ptr_nonnull (store);
  learners = hearth_store_list_learners (store, NULL);
  ck_assert_uint_eq (learners->len, 1);
  learner = g_ptr_array_index (learners, 0);
  ck_assert_str_eq (hearth_learner_get_display_name (learner), LEARNER_NAME);
  /* English was the last language chosen while she was learning. */
  ck_assert_str_eq (hearth_learner_get_language (learner), "en");

  hearth_course_load_resources (course, HEARTH_COURSE_RESOURCE_PATH);
  ck_assert (hearth_module_progress_load (store, hearth_learner_get_id (learner),
                                          hearth_course_find_module (course, "know-your-gadgets"),
                                          &progress, NULL));
  ck_assert_uint_eq (progress.lessons_completed, 3);
  ck_assert (progress.quiz.finished);
  ck_assert_uint_eq (progress.quiz.score, 7);
  ck_assert_uint_eq (progress.quiz.total, 8);
}
END_TEST

static void
check_error_page (HearthWindow *window,
                  gpointer      data)
{
  const char *folder = data;
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  gboolean dialog_found = FALSE;

  page (window, "error");
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      {
        /* It says what is wrong and where. */
        const char *body = adw_message_dialog_get_body (l->data);

        ck_assert_msg (strstr (body, folder) != NULL, "%s", body);
        dialog_found = TRUE;
      }
  ck_assert (dialog_found);
  hearth_test_screenshot (GTK_WIDGET (window), "en-data-folder-error");
}

START_TEST (test_unusable_data_folder)
{
  g_autofree char *file = g_build_filename (data_dir, "not-a-folder", NULL);
  g_autofree char *folder = g_build_filename (file, "hearth", NULL);

  /* A file where the folder should be: fails even for root. */
  ck_assert (g_file_set_contents (file, "", -1, NULL));
  run_hearth ("--data-dir", folder, NULL, check_error_page, folder);
}
END_TEST

static void
check_broken_course (HearthWindow *window,
                     gpointer      data)
{
  assert_label (GTK_WIDGET (window),
                "Some lessons could not be loaded. Ask your trainer to run “hearth --check-content”.");
  click_button (page (window, "picker"), "Add Me");
  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (hearth_test_find_all (page (window, "add-learner"),
                                                                                  GTK_TYPE_ENTRY), 0)), "Nasra");
  click_button (page (window, "add-learner"), "Start Learning");
  /* The good module is there; the broken one is not. */
  ck_assert_ptr_nonnull (hearth_test_find_named (page (window, "home"), "know-your-gadgets"));
  ck_assert_ptr_null (hearth_test_find_named (page (window, "home"), "broken"));
}

START_TEST (test_broken_course_file)
{
  g_autofree char *course_dir = g_build_filename (data_dir, "course", NULL);
  g_autofree char *good = g_build_filename (course_dir, "01-know-your-gadgets.xml", NULL);
  g_autofree char *bad = g_build_filename (course_dir, "02-broken.xml", NULL);
  g_autoptr(GBytes) built = g_resources_lookup_data (HEARTH_COURSE_RESOURCE_PATH "/01-know-your-gadgets.xml",
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_autofree char *profile = g_build_filename (data_dir, "profile", NULL);

  ck_assert_int_eq (g_mkdir_with_parents (course_dir, 0700), 0);
  ck_assert (g_file_set_contents (good, g_bytes_get_data (built, NULL), g_bytes_get_size (built), NULL));
  ck_assert (g_file_set_contents (bad, "<module id=\"broken\">\n<title>Broken\n</module>\n", -1, NULL));
  run_hearth ("--data-dir", profile, "--course-dir", course_dir, NULL, check_broken_course, NULL);
}
END_TEST

static void
fill_entry (GtkWidget  *entry_label_root,
            guint       index,
            const char *text)
{
  g_autoptr(GPtrArray) entries = hearth_test_find_all (entry_label_root, GTK_TYPE_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, index)), text);
}

static char *
clipboard_text (GtkWidget *widget)
{
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  GValue value = G_VALUE_INIT;
  char *text;

  ck_assert_ptr_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  ck_assert (gdk_content_provider_get_value (content, &value, NULL));
  text = g_value_dup_string (&value);
  g_value_unset (&value);
  return text;
}

static void
get_help (HearthWindow *window,
          gpointer      data)
{
  GtkWidget *help, *contacts;
  g_autofree char *copied = NULL;

  /* One click from the first screen. */
  hearth_test_click (hearth_test_find_button (GTK_WIDGET (window), "Get Help"));
  help = page (window, "help");
  assert_label (help, "Police emergency: 999");
  assert_label (help, "0800 555111");
  assert_label (help, "www.ceop.police.uk");
  assert_label (help, "Your trainer can add the numbers of your local children’s services here.");
  hearth_test_click (hearth_test_find_button (help, "Copy"));
  copied = clipboard_text (help);
  ck_assert_str_eq (copied, "999");
  assert_label (GTK_WIDGET (window), "Copied 999");
  hearth_test_screenshot (GTK_WIDGET (window), "en-help");

  /* A trainer adds the local number; a bad number is refused. */
  click_button (help, "Edit Local Contacts");
  contacts = page (window, "contacts");
  fill_entry (contacts, 0, "Children and Families Hub");
  fill_entry (contacts, 1, "call us");
  fill_entry (contacts, 2, "Worried about a child in Essex");
  click_button (contacts, "Add Contact");
  assert_label (contacts, "Please type a phone number using digits, for example 01375 652802.");
  fill_entry (contacts, 1, "0345 603 7627");
  click_button (contacts, "Add Contact");
  assert_label (contacts, "Children and Families Hub");
  hearth_test_screenshot (GTK_WIDGET (window), "en-contacts");
  set_language (window, "ar");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-contacts");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  assert_label (page (window, "help"), "0345 603 7627");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-help");
  set_language (window, "en");

  /* Back goes where the learner was. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  page (window, "picker");
}

static void
local_contact_kept (HearthWindow *window,
                    gpointer      data)
{
  hearth_test_click (hearth_test_find_button (GTK_WIDGET (window), "Get Help"));
  assert_label (page (window, "help"), "Children and Families Hub");
  assert_label (page (window, "help"), "0345 603 7627");
}

START_TEST (test_get_help)
{
  run_hearth ("--data-dir", data_dir, NULL, get_help, NULL);
  run_hearth ("--data-dir", data_dir, NULL, local_contact_kept, NULL);
}
END_TEST

/* One lesson and the whole quiz of every module in the course. */
static void
every_module (HearthWindow *window,
              gpointer      data)
{
  HearthCourse *course = hearth_context_get_course (hearth_window_get_context (window));

  click_button (page (window, "picker"), "Add Me");
  fill_entry (page (window, "add-learner"), 0, "Ubah");
  click_button (page (window, "add-learner"), "Start Learning");

  ck_assert_uint_ge (hearth_course_get_n_modules (course), 1);
  for (guint m = 0; m < hearth_course_get_n_modules (course); m++)
    {
      HearthModule *module = hearth_course_get_module (course, m);
      g_autofree char *shot = g_strdup_printf ("en-module-%u-step-1", m + 1);
      GtkWidget *quiz_row;

      hearth_test_click (hearth_test_find_named (page (window, "home"), module->id));
      assert_label (page (window, "module"), hearth_text_get (module->title, "en"));
      click_button (page (window, "module"), "Start");
      hearth_test_screenshot (GTK_WIDGET (window), shot);
      finish_lesson (window, g_ptr_array_index (module->lessons, 0), 0);

      quiz_row = gtk_widget_get_ancestor (hearth_test_find_label (page (window, "module"), "Check Yourself"),
                                          GTK_TYPE_LIST_BOX_ROW);
      hearth_test_click (quiz_row);
      for (guint q = 0; q < module->questions->len; q++)
        {
          answer_question (window, g_ptr_array_index (module->questions, q), FALSE);
          click_button (page (window, "quiz"), q + 1 < module->questions->len ? "Next Question" : "See How I Did");
        }
      assert_label (page (window, "quiz"), "Wonderful!");
      click_button (page (window, "quiz"), "Back to the Topic");
      gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
      hearth_test_iterate ();
    }
}

START_TEST (test_every_module)
{
  run_hearth ("--data-dir", data_dir, NULL, every_module, NULL);
}
END_TEST

static void
setup (void)
{
  data_dir = g_dir_make_tmp ("hearth-ui-XXXXXX", NULL);
}

static void
teardown (void)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", data_dir);

  ck_assert_int_eq (system (command), 0);
  g_clear_pointer (&data_dir, g_free);
}

int
main (void)
{
  Suite *suite = suite_create ("ui-flow");
  TCase *tcase = tcase_create ("ui-flow");

  hearth_i18n_init ();

  tcase_set_timeout (tcase, 300);
  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_learner_flow);
  tcase_add_test (tcase, test_unusable_data_folder);
  tcase_add_test (tcase, test_broken_course_file);
  tcase_add_test (tcase, test_get_help);
  tcase_add_test (tcase, test_every_module);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}

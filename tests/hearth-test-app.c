/* hearth-test-app.c: running the real Hearth application in a test, and
 * doing what a learner does in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>
#include <glib/gstdio.h>

#include "hearth-test-app.h"
#include "hearth-test-ui.h"

typedef struct
{
  Driver   driver;
  gpointer data;
  gboolean ran;
} Run;

char *data_dir;

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
void
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
GtkWidget *
page_at (HearthWindow *window,
         const char   *name,
         int           line)
{
  ck_assert_msg (g_strcmp0 (hearth_window_get_page_name (window), name) == 0,
                 "line %d: on page “%s”, expected “%s”", line, hearth_window_get_page_name (window), name);
  return hearth_window_get_page (window, name);
}

void
click_button (GtkWidget  *root,
              const char *text)
{
  GtkWidget *button = hearth_test_find_button (root, text);

  ck_assert_msg (button != NULL, "no button “%s” on screen", text);
  hearth_test_click (button);
}

void
assert_label (GtkWidget  *root,
              const char *text)
{
  ck_assert_msg (hearth_test_find_label (root, text) != NULL, "“%s” is not on screen", text);
}

void
set_language (HearthWindow *window,
              const char   *language)
{
  /* What the Language menu does. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.language", "s", language);
  hearth_test_iterate ();
  hearth_test_wait_for_draw (GTK_WIDGET (window));
}

/* Reads a lesson to its end with Next and Finish. */
void
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

void
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

void
fill_entry (GtkWidget  *entry_label_root,
            guint       index,
            const char *text)
{
  g_autoptr(GPtrArray) entries = hearth_test_find_all (entry_label_root, GTK_TYPE_ENTRY);

  gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (entries, index)), text);
}

char *
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

void
hearth_test_app_setup (void)
{
  data_dir = g_dir_make_tmp ("hearth-ui-XXXXXX", NULL);
}

void
hearth_test_app_teardown (void)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", data_dir);

  ck_assert_int_eq (system (command), 0);
  g_clear_pointer (&data_dir, g_free);
}


/* test-ui-profiles.c: PINs in the real application, and nothing of one
 * learner left for the next
 *
 * Rokeya adds herself without a PIN; Halima with one (after two slips the
 * page explains). Halima opens a lesson and signs out; Rokeya is picked, and
 * nothing of Halima's (her name, her lesson) is anywhere in the window, nor
 * any page from Halima's time. Halima's wrong PIN gets a kind message; five
 * wrong tries stop the keypad and count the wait down, in English and in
 * Arabic, and the wait is still there after Hearth is started again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>
#include <string.h>

#include "hearth-context.h"
#include "hearth-pin-page.h"
#include "hearth-test-app.h"
#include "hearth-test-check.h"
#include "hearth-test-ui.h"

#define WITH_PIN "Halima Khatun"
#define WITHOUT_PIN "Rokeya"
#define PIN "2580"

static HearthStore *
store_of (HearthWindow *window)
{
  return hearth_context_get_store (hearth_window_get_context (window));
}

static HearthLearner *
find_learner (HearthWindow *window,
              const char   *name)
{
  g_autoptr(GPtrArray) learners = hearth_store_list_learners (store_of (window), NULL);

  for (guint i = 0; i < learners->len; i++)
    if (g_strcmp0 (hearth_learner_get_display_name (g_ptr_array_index (learners, i)), name) == 0)
      return g_object_ref (g_ptr_array_index (learners, i));

  ck_abort_msg ("no learner “%s” in the profile", name);
  return NULL;
}

static GtkEditable *
password_entry (GtkWidget *root,
                guint      index)
{
  g_autoptr(GPtrArray) entries = hearth_test_find_all (root, GTK_TYPE_PASSWORD_ENTRY);

  ck_assert_uint_gt (entries->len, index);
  return GTK_EDITABLE (g_ptr_array_index (entries, index));
}

/* Everything a person could read in a widget, on screen or not. */
static gboolean
widget_shows (GtkWidget  *widget,
              const char *text)
{
  const char *shown = NULL;

  if (GTK_IS_LABEL (widget))
    shown = gtk_label_get_text (GTK_LABEL (widget));
  else if (GTK_IS_TEXT (widget))
    shown = gtk_editable_get_text (GTK_EDITABLE (widget));
  else if (GTK_IS_PICTURE (widget))
    shown = gtk_picture_get_alternative_text (GTK_PICTURE (widget));

  return (shown != NULL && strstr (shown, text) != NULL) ||
         (gtk_widget_get_tooltip_text (widget) != NULL && strstr (gtk_widget_get_tooltip_text (widget), text) != NULL);
}

/* Searches every widget under @root, mapped or not (pages hidden in the
 * stack too), but not under @skip; returns the first that shows @text. */
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

static GtkWidget *
stack_of (HearthWindow *window)
{
  return gtk_widget_get_parent (hearth_window_get_page (window, "picker"));
}


/* Types the PIN on the page's number buttons, as with a mouse or a finger. */
static void
tap_pin (HearthWindow *window,
         const char   *pin)
{
  GtkWidget *pin_page = page (window, "pin");

  for (const char *digit = pin; *digit != '\0'; digit++)
    {
      char label[2] = { *digit, '\0' };

      click_button (pin_page, label);
    }
  hearth_test_iterate ();
}

/* "Start Learning", in any language. */
static void
start_learning (GtkWidget *add)
{
  gtk_widget_activate_action (add, "add-learner.start", NULL);
  hearth_test_iterate ();
}

static void
sign_out (HearthWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.switch-learner", NULL);
  hearth_test_iterate ();
  page (window, "picker");
}

/* "Add me" with an optional PIN: slips explained, then added and in. */
static void
add_learners (HearthWindow *window)
{
  GtkWidget *add;
  g_autoptr(HearthLearner) halima = NULL;

  click_button (page (window, "picker"), "Add Me");
  add = page (window, "add-learner");
  fill_entry (add, 0, WITHOUT_PIN);
  start_learning (add);
  assert_label (page (window, "home"), "Hello, " WITHOUT_PIN);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();

  click_button (page (window, "picker"), "Add Me");
  add = page (window, "add-learner");
  assert_label (add, "When you share this laptop, a PIN keeps your lessons private. "
                     "Choose 4 numbers you will remember. Or leave this empty.");
  fill_entry (add, 0, WITH_PIN);

  /* Only digits go in; an Arabic keyboard's are the same numbers. */
  gtk_editable_set_text (password_entry (add, 0), "1a2b");
  ck_assert_str_eq (gtk_editable_get_text (password_entry (add, 0)), "12");
  gtk_editable_set_text (password_entry (add, 0), "\u0662\u0665\u0668\u0660");
  ck_assert_str_eq (gtk_editable_get_text (password_entry (add, 0)), PIN);

  /* Two different PINs, then too short: she is told what to do, and
   * nobody is added. */
  gtk_editable_set_text (password_entry (add, 1), "2508");
  start_learning (add);
  page (window, "add-learner");
  assert_label (add, "The two PINs are not the same. Please type the same 4 numbers in both boxes.");
  hearth_test_screenshot (GTK_WIDGET (window), "en-add-learner-pin-error");
  gtk_editable_set_text (password_entry (add, 0), "258");
  gtk_editable_set_text (password_entry (add, 1), "258");
  start_learning (add);
  assert_label (add, "A PIN is 4 numbers, like 2580.");

  set_language (window, "ar");
  add = page (window, "add-learner");
  fill_entry (add, 0, WITH_PIN);
  gtk_editable_set_text (password_entry (add, 0), "258");
  start_learning (add);
  page (window, "add-learner");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-add-learner-pin-error");
  set_language (window, "en");
  add = page (window, "add-learner");
  {
    g_autoptr(GPtrArray) learners = hearth_store_list_learners (store_of (window), NULL);

    ck_assert_uint_eq (learners->len, 1);
  }

  fill_entry (add, 0, WITH_PIN);
  gtk_editable_set_text (password_entry (add, 0), PIN);
  gtk_editable_set_text (password_entry (add, 1), PIN);
  start_learning (add);
  /* Just chosen: she is not asked for it again. */
  assert_label (page (window, "home"), "Hello, " WITH_PIN);

  halima = find_learner (window, WITH_PIN);
  ck_assert (hearth_learner_get_has_pin (halima));
}

/* Halima opens a lesson and signs out; Rokeya is picked. */
static void
nothing_left_behind (HearthWindow *window)
{
  HearthCourse *course = hearth_context_get_course (hearth_window_get_context (window));
  HearthModule *module = hearth_course_find_module (course, "know-your-gadgets");
  HearthLesson *lesson = g_ptr_array_index (module->lessons, 0);
  const char *lesson_text = hearth_text_get (((HearthStep *) g_ptr_array_index (lesson->steps, 0))->text, "en");
  GtkWidget *stack = stack_of (window);
  g_autoptr(GPtrArray) old_pages = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *found;

  hearth_test_click (hearth_test_find_named (page (window, "home"), "know-your-gadgets"));
  click_button (page (window, "module"), "Start");
  /* The 'before' survey comes first: she skips it. */
  if (g_strcmp0 (hearth_window_get_page_name (window), "survey") == 0)
    click_button (page (window, "survey"), "Skip");
  assert_label (page (window, "lesson"), lesson_text);

  for (GtkWidget *child = gtk_widget_get_first_child (stack); child != NULL; child = gtk_widget_get_next_sibling (child))
    g_ptr_array_add (old_pages, g_object_ref (child));

  sign_out (window);
  click_button (page (window, "picker"), WITHOUT_PIN);
  assert_label (page (window, "home"), "Hello, " WITHOUT_PIN);

  /* Anywhere in the window, on screen or in a hidden page. Only the
   * picker, which lists everyone by design, has her name. */
  found = find_anywhere (GTK_WIDGET (window), WITH_PIN, hearth_window_get_page (window, "picker"));
  ck_assert_msg (found == NULL, "Halima's name is still in a %s", found ? G_OBJECT_TYPE_NAME (found) : "");
  found = find_anywhere (GTK_WIDGET (window), lesson_text, NULL);
  ck_assert_msg (found == NULL, "Halima's lesson is still in a %s", found ? G_OBJECT_TYPE_NAME (found) : "");
  ck_assert_ptr_null (find_anywhere (GTK_WIDGET (window), "Hello, " WITH_PIN, NULL));

  /* No page of her time is left: each was built again. */
  for (guint i = 0; i < old_pages->len; i++)
    ck_assert_msg (gtk_widget_get_parent (g_ptr_array_index (old_pages, i)) == NULL,
                   "a %s from Halima's time is still in the window",
                   G_OBJECT_TYPE_NAME (g_ptr_array_index (old_pages, i)));
}

static void
respond_to_dialog (const char *response)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  gboolean found = FALSE;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      {
        adw_message_dialog_response (l->data, response);
        gtk_window_destroy (l->data);
        found = TRUE;
      }
  ck_assert_msg (found, "no dialog asked");
  hearth_test_iterate ();
}

/* Rokeya chooses a PIN from the menu, signs in with it, then removes it. */
static void
my_pin (HearthWindow *window)
{
  g_autoptr(HearthLearner) rokeya = NULL;
  GtkWidget *pin;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.my-pin", NULL);
  hearth_test_iterate ();
  pin = page (window, "pin");
  assert_label (pin, "Your PIN");
  assert_label (pin, "Choose 4 numbers you will remember");
  hearth_test_screenshot (GTK_WIDGET (window), "en-my-pin");
  tap_pin (window, "1357");
  assert_label (pin, "Type the same 4 numbers again");
  /* A slip: she starts again. */
  tap_pin (window, "1358");
  assert_label (pin, "The two PINs were not the same. Please choose your 4 numbers again.");
  assert_label (pin, "Choose 4 numbers you will remember");
  hearth_test_screenshot (GTK_WIDGET (window), "en-my-pin-mismatch");
  tap_pin (window, "1357");
  tap_pin (window, "1357");
  assert_label (page (window, "home"), "Hello, " WITHOUT_PIN);
  assert_label (GTK_WIDGET (window), "Your new PIN is saved.");
  rokeya = find_learner (window, WITHOUT_PIN);
  ck_assert (hearth_learner_get_has_pin (rokeya));

  /* Next time, she is asked for it; the news about her PIN is not left
   * on screen for the next person. */
  sign_out (window);
  {
    /* It slides away at once, well before a toast's own 5 seconds. */
    gint64 deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

    while (hearth_test_find_label (GTK_WIDGET (window), "Your new PIN is saved.") != NULL &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    ck_assert_ptr_null (hearth_test_find_label (GTK_WIDGET (window), "Your new PIN is saved."));
  }
  click_button (page (window, "picker"), WITHOUT_PIN);
  tap_pin (window, "1357");
  assert_label (page (window, "home"), "Hello, " WITHOUT_PIN);

  /* And she can remove it, after saying she is sure. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.my-pin", NULL);
  hearth_test_iterate ();
  set_language (window, "ar");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-my-pin");
  set_language (window, "en");
  click_button (page (window, "pin"), "Remove My PIN");
  respond_to_dialog ("cancel");
  page (window, "pin");
  click_button (page (window, "pin"), "Remove My PIN");
  respond_to_dialog ("remove");
  assert_label (page (window, "home"), "Hello, " WITHOUT_PIN);
  g_clear_object (&rokeya);
  rokeya = find_learner (window, WITHOUT_PIN);
  ck_assert (!hearth_learner_get_has_pin (rokeya));
}

static void
pin_page (HearthWindow *window)
{
  GtkWidget *pin;
  guint wait;

  /* Back from Rokeya's home; Halima is asked for her PIN. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  click_button (page (window, "picker"), WITH_PIN);
  pin = page (window, "pin");
  assert_label (pin, WITH_PIN);
  assert_label (pin, "Type your PIN");
  hearth_test_screenshot (GTK_WIDGET (window), "en-pin");

  /* A wrong PIN: a kind message, and she can try again. */
  tap_pin (window, "1111");
  pin = page (window, "pin");
  assert_label (pin, "That is not the right PIN. Please try again.");
  ck_assert_str_eq (gtk_editable_get_text (password_entry (pin, 0)), "");
  hearth_test_screenshot (GTK_WIDGET (window), "en-pin-wrong");

  /* Back, and the right PIN typed on the keyboard: she is in. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  click_button (page (window, "picker"), WITH_PIN);
  gtk_editable_set_text (password_entry (page (window, "pin"), 0), PIN);
  hearth_test_iterate ();
  assert_label (page (window, "home"), "Hello, " WITH_PIN);
  ck_assert_ptr_null (find_anywhere (hearth_window_get_page (window, "pin"), WITH_PIN, NULL));
  sign_out (window);

  /* Five wrong tries: the keypad stops, and the wait is counted down. */
  click_button (page (window, "picker"), WITH_PIN);
  for (guint i = 0; i < HEARTH_PIN_FREE_TRIES; i++)
    tap_pin (window, "9999");
  pin = page (window, "pin");
  assert_label (pin, "That is not the right PIN. You have tried many times, so please wait a little "
                     "before you try again. If you forgot your PIN, ask your trainer.");
  wait = hearth_pin_page_get_wait_seconds (HEARTH_PIN_PAGE (pin));
  ck_assert_uint_gt (wait, 0);
  ck_assert_uint_le (wait, 30);
  /* The number buttons are gone while she waits. */
  ck_assert_ptr_null (hearth_test_find_button (pin, "1"));
  ck_assert (!gtk_widget_is_sensitive (GTK_WIDGET (password_entry (pin, 0))));
  hearth_test_screenshot (GTK_WIDGET (window), "en-pin-wait");

  /* In Arabic, the same wait. */
  set_language (window, "ar");
  pin = page (window, "pin");
  ck_assert_uint_gt (hearth_pin_page_get_wait_seconds (HEARTH_PIN_PAGE (pin)), 0);
  ck_assert (!gtk_widget_is_sensitive (GTK_WIDGET (password_entry (pin, 0))));
  assert_label (pin, WITH_PIN);
  hearth_test_screenshot (GTK_WIDGET (window), "ar-pin-wait");
  set_language (window, "en");
}

/* The countdown ends by itself and lets her type again. */
static void
countdown_ends (HearthWindow *window)
{
  HearthPinPage *pin = HEARTH_PIN_PAGE (page (window, "pin"));
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  hearth_pin_page_set_verdict (pin, HEARTH_PIN_WAIT, 1);
  ck_assert (!gtk_widget_is_sensitive (GTK_WIDGET (password_entry (GTK_WIDGET (pin), 0))));
  while (hearth_pin_page_get_wait_seconds (pin) > 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  hearth_test_iterate ();
  /* The page's own clock runs past the end before it re-enables. */
  while (!gtk_widget_is_sensitive (GTK_WIDGET (password_entry (GTK_WIDGET (pin), 0))) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  ck_assert (gtk_widget_is_sensitive (GTK_WIDGET (password_entry (GTK_WIDGET (pin), 0))));
  hearth_test_wait_for_draw (GTK_WIDGET (window));
  ck_assert_ptr_nonnull (hearth_test_find_button (GTK_WIDGET (pin), "1"));
  ck_assert (gtk_widget_is_sensitive (hearth_test_find_button (GTK_WIDGET (pin), "1")));
  assert_label (GTK_WIDGET (pin), "You can try again now.");
}

static void
first_run (HearthWindow *window,
           gpointer      data)
{
  add_learners (window);
  nothing_left_behind (window);
  my_pin (window);
  pin_page (window);
  countdown_ends (window);
}

/* Starting Hearth again gives no fresh tries: the wait is shown at once. */
static void
second_run (HearthWindow *window,
            gpointer      data)
{
  GtkWidget *pin;

  click_button (page (window, "picker"), WITH_PIN);
  pin = page (window, "pin");
  ck_assert_uint_gt (hearth_pin_page_get_wait_seconds (HEARTH_PIN_PAGE (pin)), 0);
  ck_assert (!gtk_widget_is_sensitive (GTK_WIDGET (password_entry (pin, 0))));
  assert_label (pin, "There were too many wrong tries. Please wait a little before you try again. "
                     "If you forgot your PIN, ask your trainer.");
  set_language (window, "ar");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-pin-wait-again");
  set_language (window, "en");
}

START_TEST (test_profiles)
{
  run_hearth ("--data-dir", data_dir, NULL, first_run, NULL);
  run_hearth ("--data-dir", data_dir, NULL, second_run, NULL);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("ui-profiles");
  TCase *tcase = tcase_create ("ui-profiles");

  hearth_i18n_init ();

  tcase_set_timeout (tcase, 300);
  tcase_add_checked_fixture (tcase, hearth_test_app_setup, hearth_test_app_teardown);
  tcase_add_test (tcase, test_profiles);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}

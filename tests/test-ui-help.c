/* test-ui-help.c: "Get help now" from the first screen, copying a number, and a trainer's local contacts kept in the profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>

#include "hearth-context.h"
#include "hearth-test-app.h"
#include "hearth-test-check.h"
#include "hearth-test-ui.h"

/* Numbers and addresses are shown inside left-to-right isolate marks. */
#define LTR(text) "\u2066" text "\u2069"

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
  assert_label (help, LTR ("0800 555111"));
  assert_label (help, LTR ("www.ceop.police.uk"));
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
  assert_label (page (window, "help"), LTR ("0345 603 7627"));
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
  assert_label (page (window, "help"), LTR ("0345 603 7627"));
}

START_TEST (test_get_help)
{
  run_hearth ("--data-dir", data_dir, NULL, get_help, NULL);
  run_hearth ("--data-dir", data_dir, NULL, local_contact_kept, NULL);
}
END_TEST

/* One lesson and the whole quiz of every module in the course. */

int
main (void)
{
  Suite *suite = suite_create ("ui-help");
  TCase *tcase = tcase_create ("ui-help");

  hearth_i18n_init ();

  tcase_set_timeout (tcase, 300);
  tcase_add_checked_fixture (tcase, hearth_test_app_setup, hearth_test_app_teardown);
  tcase_add_test (tcase, test_get_help);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}

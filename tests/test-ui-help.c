/* test-ui-help.c: "Get help now" from the first screen, copying a number, and a trainer's local contacts,
 * entered in trainer mode and kept in the profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>

#include "hearth-context.h"
#include "hearth-test-app.h"
#include "hearth-test-check.h"
#include "hearth-test-ui.h"
#include "hearth-trainer-page.h"

/* Numbers and addresses are shown inside left-to-right isolate marks. */
#define LTR(text) "\u2066" text "\u2069"

/* The trainer PIN on the trainer page's number buttons. */
static void
tap_trainer_pin (HearthWindow *window)
{
  for (const char *digit = "2580"; *digit != '\0'; digit++)
    {
      char label[2] = { *digit, '\0' };

      click_button (page (window, "trainer"), label);
    }
  hearth_test_iterate ();
}

static GtkWidget *
trainer_contacts (HearthWindow *window)
{
  HearthTrainerPage *trainer = HEARTH_TRAINER_PAGE (page (window, "trainer"));

  ck_assert (hearth_trainer_page_is_open (trainer));
  hearth_trainer_page_set_view (trainer, "contacts");
  hearth_test_iterate ();
  return hearth_trainer_page_get_view_widget (trainer, "contacts");
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
  assert_label (help, LTR ("0800 555111"));
  assert_label (help, LTR ("www.ceop.police.uk"));
  assert_label (help, "Your trainer can add the numbers of your local children’s services here.");
  hearth_test_click (hearth_test_find_button (help, "Copy"));
  copied = clipboard_text (help);
  ck_assert_str_eq (copied, "999");
  assert_label (GTK_WIDGET (window), "Copied 999");
  hearth_test_screenshot (GTK_WIDGET (window), "en-help");

  /* Back goes where the learner was. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  hearth_test_iterate ();
  page (window, "picker");

  /* A trainer adds the local number in trainer mode, behind her PIN, with
   * no way there from "Get help now"; a bad number is refused. */
  ck_assert_ptr_null (hearth_test_find_button (help, "Edit Local Contacts"));
  click_button (page (window, "picker"), "For Trainers");
  tap_trainer_pin (window);
  tap_trainer_pin (window);
  contacts = trainer_contacts (window);
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
  set_language (window, "en");
  click_button (page (window, "trainer"), "Leave Trainer Mode");

  /* Every learner sees it on "Get help now". */
  hearth_test_click (hearth_test_find_button (GTK_WIDGET (window), "Get Help"));
  assert_label (page (window, "help"), LTR ("0345 603 7627"));
  set_language (window, "ar");
  hearth_test_screenshot (GTK_WIDGET (window), "ar-help");
  set_language (window, "en");
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

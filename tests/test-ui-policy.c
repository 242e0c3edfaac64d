/* test-ui-policy.c: making a family agreement in the real application: the
 * family, ticking, rewording and adding rules, the preview, printing (to a
 * file, through GTK's printing), renaming and deleting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>
#include <check.h>

#include "hearth-context.h"
#include "hearth-contacts.h"
#include "hearth-policy-builder.h"
#include "hearth-policy-print.h"
#include "hearth-test-app.h"
#include "hearth-test-check.h"
#include "hearth-test-ui.h"

static GtkWidget *
find_by_tooltip (GtkWidget  *root,
                 const char *tooltip)
{
  g_autoptr(GPtrArray) buttons = hearth_test_find_all (root, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), tooltip) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

static AdwMessageDialog *
find_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static void
make_agreement (HearthWindow *window,
                gpointer      data)
{
  char **export_path = data;
  GtkWidget *builder;
  HearthPolicy *policy;
  HearthPolicyChoice *choice;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(GPtrArray) pictures = NULL;
  g_autoptr(GPtrArray) contacts = hearth_contacts_load_national (NULL);
  g_autoptr(HearthPolicyCatalogue) catalogue = hearth_policy_catalogue_load (NULL);
  g_autoptr(GError) error = NULL;
  GtkSpinButton *age;

  click_button (page (window, "picker"), "Add Me");
  fill_entry (page (window, "add-learner"), 0, "Sahra");
  click_button (page (window, "add-learner"), "Start Learning");

  /* From home, one click. */
  hearth_test_click (hearth_test_find_button (page (window, "home"), "Our Family Agreement"));
  click_button (page (window, "policies"), "New Agreement");
  builder = page (window, "policy-builder");

  /* Who is in the family. */
  assert_label (builder, "Who Is in Your Family?");
  fill_entry (builder, 0, "Nani's house");
  click_button (builder, "Add a Child");
  fill_entry (builder, 1, "Amina");
  age = GTK_SPIN_BUTTON (g_ptr_array_index (hearth_test_find_all (builder, GTK_TYPE_SPIN_BUTTON), 0));
  gtk_spin_button_set_value (age, 9);
  hearth_test_iterate ();
  hearth_test_screenshot (GTK_WIDGET (window), "en-policy-family");
  click_button (builder, "Next");

  /* The first section: tick a suggestion, put it in our words, add our own. */
  checks = hearth_test_find_all (builder, GTK_TYPE_CHECK_BUTTON);
  ck_assert_uint_ge (checks->len, 2);
  hearth_test_click (g_ptr_array_index (checks, 0));
  hearth_test_click (find_by_tooltip (builder, "Use your own words"));
  fill_entry (builder, 0, "Tablets live in the kitchen.");
  fill_entry (builder, 1, "Sunday mornings are screen-free.");
  click_button (builder, "Add");
  assert_label (builder, "Sunday mornings are screen-free.");
  hearth_test_screenshot (GTK_WIDGET (window), "en-policy-section");

  /* On to the preview, past every section. */
  while (hearth_test_find_button (builder, "Finish") == NULL)
    click_button (builder, "Next");
  assert_label (builder, "Your Agreement");
  pictures = hearth_test_find_all (builder, GTK_TYPE_PICTURE);
  ck_assert_uint_ge (pictures->len, 1);
  ck_assert_uint_le (pictures->len, 2);
  hearth_test_screenshot (GTK_WIDGET (window), "en-policy-preview");

  /* Changing language keeps the place; the preview is then in Arabic. */
  set_language (window, "ar");
  ck_assert_uint_eq (hearth_policy_builder_get_step (HEARTH_POLICY_BUILDER (page (window, "policy-builder"))),
                     hearth_policy_catalogue_get_sections (catalogue)->len + 1);
  hearth_test_screenshot (GTK_WIDGET (window), "ar-policy-preview");
  set_language (window, "en");
  builder = page (window, "policy-builder");

  /* What was saved, as the family left it. */
  policy = hearth_policy_builder_get_policy (HEARTH_POLICY_BUILDER (builder));
  ck_assert_str_eq (hearth_policy_get_name (policy), "Nani's house");
  ck_assert_uint_eq (hearth_policy_get_children (policy)->len, 1);
  ck_assert_str_eq (((HearthPolicyChild *) g_ptr_array_index (hearth_policy_get_children (policy), 0))->name, "Amina");
  ck_assert_uint_eq (((HearthPolicyChild *) g_ptr_array_index (hearth_policy_get_children (policy), 0))->age, 9);
  ck_assert_uint_eq (hearth_policy_get_choices (policy)->len, 2);
  choice = g_ptr_array_index (hearth_policy_get_choices (policy), 0);
  ck_assert_str_eq (choice->text, "Tablets live in the kitchen.");
  ck_assert_ptr_nonnull (choice->rule_id);

  /* Printing, exported to a file through the same path as the print dialog. */
  ck_assert_msg (hearth_policy_print (GTK_WINDOW (window), catalogue, policy, contacts, "en", FALSE,
                                      GTK_PRINT_OPERATION_ACTION_EXPORT, *export_path, &error),
                 "%s", error ? error->message : "");
  ck_assert (g_file_test (*export_path, G_FILE_TEST_EXISTS));

  click_button (builder, "Finish");
  assert_label (page (window, "policies"), "Nani's house");

  /* Rename, then delete: each asks first. */
  hearth_test_click (find_by_tooltip (page (window, "policies"), "Rename Nani's house"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (find_dialog ())), "Mum's flat");
  adw_message_dialog_response (find_dialog (), "rename");
  hearth_test_iterate ();
  assert_label (page (window, "policies"), "Mum's flat");
  hearth_test_screenshot (GTK_WIDGET (window), "en-policies");
  hearth_test_click (find_by_tooltip (page (window, "policies"), "Delete Mum's flat"));
  adw_message_dialog_response (find_dialog (), "delete");
  hearth_test_iterate ();
  ck_assert_ptr_null (hearth_test_find_label (page (window, "policies"), "Mum's flat"));
}

START_TEST (test_family_agreement)
{
  g_autofree char *export_path = g_build_filename (data_dir, "printed.pdf", NULL);
  g_autofree char *pages = NULL;
  const char *argv[] = { "pdfinfo", export_path, NULL };
  int status = -1;

  run_hearth ("--data-dir", data_dir, NULL, make_agreement, &export_path);

  ck_assert (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &pages, NULL, &status, NULL));
  ck_assert (g_spawn_check_wait_status (status, NULL));
  ck_assert_msg (strstr (pages, "Pages:           1") != NULL || strstr (pages, "Pages:           2") != NULL,
                 "%s", pages);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("ui-policy");
  TCase *tcase = tcase_create ("ui-policy");

  hearth_i18n_init ();

  tcase_set_timeout (tcase, 300);
  tcase_add_checked_fixture (tcase, hearth_test_app_setup, hearth_test_app_teardown);
  tcase_add_test (tcase, test_family_agreement);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}

/* test-policy.c: the home-policy rule model: the catalogue, suggestions by
 * age, custom rules, saving, loading, renaming and deleting, and a saved
 * policy exported by the real binary and read back from the PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <gio/gio.h>

#include "hearth-test-check.h"
#include "hearth-policy-catalogue.h"
#include "hearth-policy-pdf.h"
#include "hearth-policy.h"
#include "hearth-store.h"

static HearthPolicyCatalogue *catalogue;
static char *folder;

static void
setup (void)
{
  g_autoptr(GError) error = NULL;

  catalogue = hearth_policy_catalogue_load (&error);
  ck_assert_msg (catalogue != NULL, "%s", error ? error->message : "");
  folder = g_dir_make_tmp ("hearth-policy-XXXXXX", NULL);
}

static void
teardown (void)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", folder);

  g_clear_pointer (&catalogue, hearth_policy_catalogue_free);
  ck_assert_int_eq (system (command), 0);
  g_clear_pointer (&folder, g_free);
}

START_TEST (test_catalogue)
{
  static const char * const section_ids[] = {
    "devices", "screen-time", "bedtime", "apps-games", "privacy", "online-people", "sharing",
    "gaming", "upsets", "promises", "broken-rules", "review", "signatures",
  };
  GPtrArray *sections = hearth_policy_catalogue_get_sections (catalogue);
  HearthPolicySection *section = NULL;

  ck_assert_uint_eq (sections->len, G_N_ELEMENTS (section_ids));
  for (guint i = 0; i < sections->len; i++)
    {
      HearthPolicySection *s = g_ptr_array_index (sections, i);

      ck_assert_str_eq (s->id, section_ids[i]);
      ck_assert_uint_ge (s->rules->len, 2);
      for (guint r = 0; r < s->rules->len; r++)
        {
          HearthPolicyRule *rule = g_ptr_array_index (s->rules, r);

          ck_assert_uint_ne (rule->ages, 0);
          ck_assert_uint_eq (rule->ages & ~HEARTH_AGE_ALL, 0);
        }
    }

  ck_assert_ptr_nonnull (hearth_policy_catalogue_find_rule (catalogue, "devices-shared-rooms", &section));
  ck_assert_str_eq (section->id, "devices");
  ck_assert_ptr_null (hearth_policy_catalogue_find_rule (catalogue, "no-such-rule", NULL));
  ck_assert_str_eq (hearth_policy_catalogue_phrase (catalogue, "age", "en"), "Age");
  /* Bengali and Arabic sheets are translated; the others fall back to English. */
  ck_assert (hearth_policy_catalogue_has_language (catalogue, "bn"));
  ck_assert (hearth_policy_catalogue_has_language (catalogue, "ar"));
  ck_assert_str_ne (hearth_policy_catalogue_phrase (catalogue, "title", "bn"),
                    hearth_policy_catalogue_phrase (catalogue, "title", "en"));
  ck_assert_str_eq (hearth_policy_catalogue_phrase (catalogue, "title", "so"),
                    hearth_policy_catalogue_phrase (catalogue, "title", "en"));
}
END_TEST

START_TEST (test_age_bands)
{
  ck_assert_uint_eq (hearth_age_band_for_age (0), HEARTH_AGE_UNDER_5);
  ck_assert_uint_eq (hearth_age_band_for_age (4), HEARTH_AGE_UNDER_5);
  ck_assert_uint_eq (hearth_age_band_for_age (5), HEARTH_AGE_5_TO_7);
  ck_assert_uint_eq (hearth_age_band_for_age (7), HEARTH_AGE_5_TO_7);
  ck_assert_uint_eq (hearth_age_band_for_age (8), HEARTH_AGE_8_TO_10);
  ck_assert_uint_eq (hearth_age_band_for_age (10), HEARTH_AGE_8_TO_10);
  ck_assert_uint_eq (hearth_age_band_for_age (11), HEARTH_AGE_11_TO_13);
  ck_assert_uint_eq (hearth_age_band_for_age (13), HEARTH_AGE_11_TO_13);
  ck_assert_uint_eq (hearth_age_band_for_age (14), HEARTH_AGE_14_PLUS);
  ck_assert_uint_eq (hearth_age_band_for_age (17), HEARTH_AGE_14_PLUS);
}
END_TEST

START_TEST (test_suggestions_by_age)
{
  g_autoptr(HearthPolicy) policy = hearth_policy_new ("Our home");
  HearthPolicySection *sharing = hearth_policy_catalogue_find_section (catalogue, "sharing");
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) toddler = NULL;
  g_autoptr(GPtrArray) both = NULL;

  /* No children yet: every rule is suggested. */
  all = hearth_policy_suggest (policy, sharing);
  ck_assert_uint_eq (all->len, sharing->rules->len);

  ck_assert (hearth_policy_add_child (policy, "Yusuf", 3, NULL));
  toddler = hearth_policy_suggest (policy, sharing);
  ck_assert_uint_lt (toddler->len, all->len);
  for (guint i = 0; i < toddler->len; i++)
    ck_assert (((HearthPolicyRule *) g_ptr_array_index (toddler, i))->ages & HEARTH_AGE_UNDER_5);

  /* A teenager too: the suggestions suit either child. */
  ck_assert (hearth_policy_add_child (policy, "Maryam", 15, NULL));
  ck_assert_uint_eq (hearth_policy_get_age_bands (policy), HEARTH_AGE_UNDER_5 | HEARTH_AGE_14_PLUS);
  both = hearth_policy_suggest (policy, sharing);
  ck_assert_uint_gt (both->len, toddler->len);
}
END_TEST

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    n += words[i][0] != '\0';
  return n;
}

/* The builder is meant to be finished in under ten minutes. What takes the
 * time is reading the suggestions and ticking them, so that is what is
 * bounded, for every family whatever its children's ages: at 200 words a
 * minute (adults read about 240 silently) and 2 seconds a tick, the
 * sections take at most 8 minutes, which leaves 2 for the family and the
 * preview. Every section also suggests something for every age. */
START_TEST (test_builder_reading_load)
{
  static const guint age_of_band[] = { 3, 6, 9, 12, 15 };
  GPtrArray *sections = hearth_policy_catalogue_get_sections (catalogue);
  double worst_minutes = 0;

  for (guint bands = 1; bands < 1u << G_N_ELEMENTS (age_of_band); bands++)
    {
      g_autoptr(HearthPolicy) policy = hearth_policy_new ("Our home");
      guint words = 0, ticks = 0;
      double minutes;

      for (guint b = 0; b < G_N_ELEMENTS (age_of_band); b++)
        if (bands & (1u << b))
          ck_assert (hearth_policy_add_child (policy, "Child", age_of_band[b], NULL));

      for (guint i = 0; i < sections->len; i++)
        {
          HearthPolicySection *section = g_ptr_array_index (sections, i);
          g_autoptr(GPtrArray) suggested = hearth_policy_suggest (policy, section);

          ck_assert_msg (suggested->len > 0, "nothing suggested in %s", section->id);
          words += count_words (hearth_text_get (section->title, "en"));
          words += count_words (hearth_text_get (section->intro, "en"));
          for (guint r = 0; r < suggested->len; r++)
            words += count_words (hearth_text_get (((HearthPolicyRule *) g_ptr_array_index (suggested, r))->text, "en"));
          ticks += suggested->len;
        }

      minutes = words / 200.0 + ticks * 2 / 60.0;
      worst_minutes = MAX (worst_minutes, minutes);
    }

  ck_assert_msg (worst_minutes <= 8, "the sections take %.1f minutes for the busiest family", worst_minutes);
}
END_TEST

START_TEST (test_choices_and_own_rules)
{
  g_autoptr(HearthPolicy) policy = hearth_policy_new ("Our home");
  g_autoptr(GError) error = NULL;
  GPtrArray *choices = hearth_policy_get_choices (policy);
  GString *too_long = g_string_new (NULL);

  hearth_policy_choose_rule (policy, "devices", "devices-shared-rooms", TRUE);
  hearth_policy_choose_rule (policy, "devices", "devices-shared-rooms", TRUE);
  ck_assert_uint_eq (choices->len, 1);
  ck_assert (hearth_policy_is_chosen (policy, "devices-shared-rooms"));

  /* In the family's own words, then back to the catalogue's. */
  ck_assert (hearth_policy_reword_rule (policy, "devices-shared-rooms", "Tablets live in the kitchen.", NULL));
  ck_assert_str_eq (hearth_policy_choice_text (g_ptr_array_index (choices, 0), catalogue, "bn"),
                    "Tablets live in the kitchen.");
  ck_assert (hearth_policy_reword_rule (policy, "devices-shared-rooms", "  ", NULL));
  ck_assert_str_eq (hearth_policy_choice_text (g_ptr_array_index (choices, 0), catalogue, "en"),
                    "We use tablets and laptops in the rooms we share, not behind a closed door.");

  ck_assert (hearth_policy_add_own_rule (policy, "gaming", "ফুটবল খেলার পরে গেম।", NULL));
  ck_assert_uint_eq (choices->len, 2);
  ck_assert (!hearth_policy_add_own_rule (policy, "gaming", "   ", &error));
  ck_assert_ptr_nonnull (error);
  g_clear_error (&error);
  for (guint i = 0; i < 201; i++)
    g_string_append_c (too_long, 'a');
  ck_assert (!hearth_policy_add_own_rule (policy, "gaming", too_long->str, &error));
  g_string_free (too_long, TRUE);
  g_clear_error (&error);

  hearth_policy_choose_rule (policy, "devices", "devices-shared-rooms", FALSE);
  ck_assert_uint_eq (choices->len, 1);
  ck_assert (!hearth_policy_is_chosen (policy, "devices-shared-rooms"));

  ck_assert (!hearth_policy_add_child (policy, "", 7, &error));
  g_clear_error (&error);
  ck_assert (!hearth_policy_add_child (policy, "Ali", 40, &error));
  g_clear_error (&error);
  ck_assert (!hearth_policy_set_name (policy, "", &error));
}
END_TEST

static HearthPolicy *
make_family_policy (void)
{
  HearthPolicy *policy = hearth_policy_new ("Nani's house");

  ck_assert (hearth_policy_add_child (policy, "Amina", 9, NULL));
  ck_assert (hearth_policy_add_child (policy, "Child 2", 14, NULL));
  hearth_policy_choose_rule (policy, "devices", "devices-shared-rooms", TRUE);
  hearth_policy_choose_rule (policy, "bedtime", "bedtime-charging-place", TRUE);
  ck_assert (hearth_policy_add_own_rule (policy, "gaming", "Games after homework, not before.", NULL));
  hearth_policy_set_review_date (policy, "1 March 2027");
  hearth_policy_set_signatures (policy, FALSE);
  return policy;
}

START_TEST (test_save_load_rename_delete)
{
  g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
  g_autoptr(HearthLearner) learner = hearth_store_add_learner (store, "Amina's nani", "bn", "moon", NULL);
  g_autoptr(HearthPolicy) policy = make_family_policy ();
  g_autoptr(HearthPolicy) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 owner = 0;
  HearthPolicyChoice *choice;

  ck_assert_ptr_nonnull (hearth_policy_catalogue_find_rule (catalogue, "bedtime-charging-place", NULL));
  ck_assert (hearth_store_save_policy (store, hearth_learner_get_id (learner), policy, &error));
  ck_assert_int_gt (hearth_policy_get_id (policy), 0);
  ck_assert_int_gt (hearth_policy_get_updated_at (policy), 0);

  /* Saved again after a change: same id, the change kept. */
  hearth_policy_choose_rule (policy, "devices", "devices-shared-rooms", FALSE);
  ck_assert (hearth_store_save_policy (store, hearth_learner_get_id (learner), policy, NULL));

  loaded = hearth_store_load_policy (store, hearth_policy_get_id (policy), &owner, &error);
  ck_assert_ptr_nonnull (loaded);
  ck_assert_int_eq (owner, hearth_learner_get_id (learner));
  ck_assert_str_eq (hearth_policy_get_name (loaded), "Nani's house");
  ck_assert_str_eq (hearth_policy_get_review_date (loaded), "1 March 2027");
  ck_assert (!hearth_policy_get_signatures (loaded));
  ck_assert_uint_eq (hearth_policy_get_children (loaded)->len, 2);
  ck_assert_str_eq (((HearthPolicyChild *) g_ptr_array_index (hearth_policy_get_children (loaded), 1))->name, "Child 2");
  ck_assert_uint_eq (((HearthPolicyChild *) g_ptr_array_index (hearth_policy_get_children (loaded), 1))->age, 14);
  ck_assert_uint_eq (hearth_policy_get_choices (loaded)->len, 2);
  choice = g_ptr_array_index (hearth_policy_get_choices (loaded), 0);
  ck_assert_str_eq (choice->rule_id, "bedtime-charging-place");
  ck_assert_ptr_null (choice->text);
  choice = g_ptr_array_index (hearth_policy_get_choices (loaded), 1);
  ck_assert_ptr_null (choice->rule_id);
  ck_assert_str_eq (choice->text, "Games after homework, not before.");

  /* Several per learner, newest first. */
  {
    g_autoptr(HearthPolicy) second = hearth_policy_new ("Our flat");

    ck_assert (hearth_store_save_policy (store, hearth_learner_get_id (learner), second, NULL));
    list = hearth_store_list_policies (store, hearth_learner_get_id (learner), NULL);
    ck_assert_uint_eq (list->len, 2);
  }

  ck_assert (hearth_store_rename_policy (store, hearth_policy_get_id (policy), "Mum's house", NULL));
  ck_assert (!hearth_store_rename_policy (store, hearth_policy_get_id (policy), " ", &error));
  g_clear_error (&error);
  g_clear_object (&loaded);
  loaded = hearth_store_load_policy (store, hearth_policy_get_id (policy), NULL, NULL);
  ck_assert_str_eq (hearth_policy_get_name (loaded), "Mum's house");

  ck_assert (hearth_store_delete_policy (store, hearth_policy_get_id (policy), NULL));
  ck_assert (!hearth_store_delete_policy (store, hearth_policy_get_id (policy), &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  g_clear_error (&error);
  ck_assert_ptr_null (hearth_store_load_policy (store, hearth_policy_get_id (policy), NULL, &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
}
END_TEST

/* Text with its spaces, line breaks and bidi marks taken out: lines wrap in
 * a PDF, and pdftotext marks right-to-left runs. */
static char *
squash (const char *text)
{
  GString *flat = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != ' ' && c != '\n' && c != 0x200e && c != 0x200f && (c < 0x202a || c > 0x202e))
        g_string_append_unichar (flat, c);
    }

  return g_string_free (flat, FALSE);
}

static char *
run (const char * const *argv,
     int                *status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  ck_assert_msg (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, status, &error), "%s", error ? error->message : "");
  return out;
}

/* A saved policy, exported by the real binary, in Bengali with the English
 * beneath: pdftotext finds its rules in both, and the family's own. */
START_TEST (test_export_saved_policy)
{
  g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
  g_autoptr(HearthLearner) learner = hearth_store_add_learner (store, "Nani", "bn", "moon", NULL);
  g_autoptr(HearthPolicy) policy = make_family_policy ();
  g_autofree char *pdf = g_build_filename (folder, "policy.pdf", NULL);
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;
  g_autofree char *ignored = NULL;
  HearthPolicyRule *rule = hearth_policy_catalogue_find_rule (catalogue, "bedtime-charging-place", NULL);
  int status = -1;

  /* A suggestion chosen once and since retired from the catalogue is left
   * off the sheet; the rest still print. */
  hearth_policy_add_choice (policy, "devices", "devices-retired-suggestion", NULL);
  ck_assert (hearth_store_save_policy (store, hearth_learner_get_id (learner), policy, NULL));
  id = g_strdup_printf ("%" G_GINT64_FORMAT, hearth_policy_get_id (policy));

  {
    const char *argv[] = { g_getenv ("HEARTH_BINARY"), "--data-dir", folder, "--export-policy", id,
                           "--bilingual", "--output", pdf, NULL };

    ignored = run (argv, &status);
    ck_assert (g_spawn_check_wait_status (status, NULL));
  }
  {
    const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };
    g_autofree char *flat = NULL;

    text = run (argv, &status);
    ck_assert (g_spawn_check_wait_status (status, NULL));
    flat = squash (text);

    {
      g_autofree char *english = squash (hearth_text_get (rule->text, "en"));
      g_autofree char *bengali = squash (hearth_text_get (rule->text, "bn"));

      ck_assert_msg (strstr (flat, english) != NULL, "no English rule in:\n%s", text);
      ck_assert_msg (strstr (flat, bengali) != NULL, "no Bengali rule in:\n%s", text);
    }
    ck_assert (strstr (flat, "Gamesafterhomework,notbefore.") != NULL);
    ck_assert (strstr (text, "Amina") != NULL);
    ck_assert (strstr (text, "Nani's house") != NULL);
    /* Signing was left out. */
    ck_assert (strstr (text, hearth_policy_catalogue_phrase (catalogue, "signatures-optional", "bn")) == NULL);
  }
}
END_TEST

/* Urdu is printed right to left, in Nastaliq: checked on a small catalogue
 * with Urdu in it, as the built-in one has none until its translation. */
#define URDU_CATALOGUE \
  "<policy-catalogue><sheet>" \
  "<phrase id=\"title\">Our agreement</phrase><phrase xml:lang=\"ur\">ہمارا معاہدہ</phrase>" \
  "<phrase id=\"age\">Age</phrase><phrase xml:lang=\"ur\">عمر</phrase>" \
  "</sheet><section id=\"devices\"><title>Devices</title><title xml:lang=\"ur\">آلات</title>" \
  "<rule id=\"devices-one\" ages=\"5-7 8-10\"><text>We share.</text>" \
  "<text xml:lang=\"ur\">ہم مل کر استعمال کرتے ہیں۔</text></rule></section></policy-catalogue>"

START_TEST (test_urdu_sheet)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthPolicyCatalogue) urdu = hearth_policy_catalogue_parse ("ur.xml", URDU_CATALOGUE, -1, &error);
  g_autofree char *pdf = g_build_filename (folder, "ur.pdf", NULL);
  g_autofree char *fonts = NULL;
  g_autofree char *text = NULL;
  int status = -1;

  ck_assert_msg (urdu != NULL, "%s", error ? error->message : "");
  ck_assert (hearth_policy_catalogue_has_language (urdu, "ur"));
  /* A translated phrase takes the id of the one it follows. */
  ck_assert_str_eq (hearth_policy_catalogue_phrase (urdu, "age", "ur"), "عمر");
  ck_assert (hearth_policy_export_pdf (urdu, NULL, NULL, "ur", FALSE, HEARTH_PAPER_A4, pdf, FALSE, NULL, &error));

  {
    const char *argv[] = { "pdffonts", pdf, NULL };

    fonts = run (argv, &status);
    ck_assert_msg (strstr (fonts, "NotoNastaliqUrdu") != NULL, "no Nastaliq in:\n%s", fonts);
  }
  {
    /* -raw: Nastaliq's sloping baseline makes pdftotext's layout analysis
     * split words across lines; the raw order is the order of the text. */
    const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };
    g_autofree char *flat = NULL;

    text = run (argv, &status);
    flat = squash (text);
    ck_assert_msg (strstr (flat, "ہمارامعاہدہ") != NULL, "no Urdu title in:\n%s", text);
    {
      g_autofree char *rule = squash ("ہم مل کر استعمال کرتے ہیں");

      ck_assert_msg (strstr (flat, rule) != NULL, "no Urdu rule in:\n%s", text);
    }
  }
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("policy");
  TCase *tcase = tcase_create ("policy");

  tcase_set_timeout (tcase, 60);
  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_catalogue);
  tcase_add_test (tcase, test_age_bands);
  tcase_add_test (tcase, test_suggestions_by_age);
  tcase_add_test (tcase, test_builder_reading_load);
  tcase_add_test (tcase, test_choices_and_own_rules);
  tcase_add_test (tcase, test_save_load_rename_delete);
  tcase_add_test (tcase, test_export_saved_policy);
  tcase_add_test (tcase, test_urdu_sheet);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}

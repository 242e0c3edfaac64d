/* test-survey.c: the before-and-after survey: its words for every module of
 * the course, the loader's checks, and the answers kept in the profile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <gio/gio.h>
#include <sqlite3.h>
#include <string.h>

#include "hearth-course-loader.h"
#include "hearth-course.h"
#include "hearth-language.h"
#include "hearth-store.h"
#include "hearth-survey.h"
#include "hearth-test-check.h"

static char *folder;

static void
setup (void)
{
  folder = g_dir_make_tmp ("hearth-survey-XXXXXX", NULL);
  ck_assert_ptr_nonnull (folder);
}

static void
teardown (void)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", folder);

  ck_assert_int_eq (system (command), 0);
  g_clear_pointer (&folder, g_free);
}

static guint
count_words (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " ", -1);
  guint n = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      n++;
  return n;
}

static HearthCourse *
built_course (void)
{
  HearthCourse *course = hearth_course_new ();

  hearth_course_load_resources (course, HEARTH_COURSE_RESOURCE_PATH);
  ck_assert_uint_eq (hearth_course_get_problems (course)->len, 0);
  ck_assert_uint_ge (hearth_course_get_n_modules (course), 5);
  return course;
}

/* The survey built into Hearth has three short statements for every module
 * of the course, the intention and the five words of the scale. */
START_TEST (test_every_module_covered)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSurvey) survey = hearth_survey_load (&error);
  g_autoptr(HearthCourse) course = built_course ();

  ck_assert_msg (survey != NULL, "%s", error ? error->message : "");
  ck_assert_msg (hearth_survey_check_course (survey, course, &error), "%s", error ? error->message : "");

  for (guint m = 0; m < hearth_course_get_n_modules (course); m++)
    {
      HearthModule *module = hearth_course_get_module (course, m);

      ck_assert_msg (hearth_survey_has_module (survey, module->id), "no survey for %s", module->id);
      for (guint i = 0; i < HEARTH_SURVEY_N_STATEMENTS; i++)
        {
          const HearthText *statement = hearth_survey_get_statement (survey, module->id, i);
          const char *english;

          ck_assert_ptr_nonnull (statement);
          english = hearth_text_get (statement, "en");
          /* Short, plain, in the learner's own voice. */
          ck_assert_msg (count_words (english) <= 12, "%s: “%s” has more than 12 words", module->id, english);
          ck_assert_msg (g_str_has_prefix (english, "I know ") || g_str_has_prefix (english, "I feel sure "),
                         "%s: “%s” is not an “I know…” or “I feel sure…” statement", module->id, english);
        }
      ck_assert_ptr_null (hearth_survey_get_statement (survey, module->id, HEARTH_SURVEY_N_STATEMENTS));
    }

  ck_assert_str_eq (hearth_text_get (hearth_survey_get_intention (survey), "en"),
                    "I will talk with my children about this.");
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_scale_word (survey, 1), "en"), "Not sure at all");
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_scale_word (survey, 5), "en"), "Very sure");
  ck_assert_ptr_null (hearth_survey_get_statement (survey, "no-such-module", 0));

  /* A face for every point of the scale. */
  for (guint value = 1; value <= HEARTH_SURVEY_SCALE_MAX; value++)
    {
      g_autofree char *path = g_strdup_printf ("%s/face-%u.svg", HEARTH_SURVEY_FACES_RESOURCE_PATH, value);

      ck_assert_msg (g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL), "%s", path);
    }
}
END_TEST

/* Translated like the course: every language the course speaks, the survey
 * speaks too. (Fails until the survey's translations are in po/.) */
START_TEST (test_translated_like_the_course)
{
  g_autoptr(HearthSurvey) survey = hearth_survey_load (NULL);
  g_autoptr(HearthCourse) course = built_course ();
  HearthModule *first = hearth_course_get_module (course, 0);
  const HearthLanguage *languages;
  guint n_languages;

  ck_assert_ptr_nonnull (survey);
  languages = hearth_language_get_all (&n_languages);
  for (guint l = 0; l < n_languages; l++)
    {
      const char *code = languages[l].code;

      if (strcmp (code, "en") == 0 || !hearth_text_has (first->title, code))
        continue;

      ck_assert_msg (hearth_text_has (hearth_survey_get_intention (survey), code),
                     "the survey's intention has no %s translation", code);
      for (guint value = 1; value <= HEARTH_SURVEY_SCALE_MAX; value++)
        ck_assert_msg (hearth_text_has (hearth_survey_get_scale_word (survey, value), code),
                       "scale point %u has no %s translation", value, code);
      for (guint m = 0; m < hearth_course_get_n_modules (course); m++)
        for (guint i = 0; i < HEARTH_SURVEY_N_STATEMENTS; i++)
          {
            const char *id = hearth_course_get_module (course, m)->id;

            ck_assert_msg (hearth_text_has (hearth_survey_get_statement (survey, id, i), code),
                           "statement %u of %s has no %s translation", i + 1, id, code);
          }
    }
}
END_TEST

#define SCALE \
  "<scale><point>One</point><point>Two</point><point>Three</point><point>Four</point><point>Five</point></scale>\n"
#define MODULE_A \
  "<module id=\"a\"><statement>I know a.</statement><statement>I know b.</statement>" \
  "<statement>I know c.</statement></module>\n"

/* msgfmt puts each translation right after the English, with only xml:lang. */
START_TEST (test_parse_translations)
{
  static const char merged[] =
    "<survey>\n"
    "<scale>\n"
    "<point>Not sure at all</point><point xml:lang=\"bn\">একদম নিশ্চিত নই</point>\n"
    "<point>Two</point><point>Three</point><point>Four</point>\n"
    "<point>Very sure</point><point xml:lang=\"ar\">متأكدة جدًا</point>\n"
    "</scale>\n"
    "<intention>I will talk.</intention><intention xml:lang=\"ar\">سأتحدث.</intention>\n"
    "<module id=\"a\">\n"
    "  <statement>I know a.</statement>\n"
    "  <statement xml:lang=\"bn\">আমি ক জানি।</statement>\n"
    "  <statement xml:lang=\"ar\">أعرف أ.</statement>\n"
    "  <statement>I know   b,\n   over two lines.</statement>\n"
    "  <statement>I know c.</statement><statement xml:lang=\"bn\">আমি গ জানি।</statement>\n"
    "</module>\n"
    "</survey>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthSurvey) survey = hearth_survey_parse ("merged.xml", merged, -1, &error);

  ck_assert_msg (survey != NULL, "%s", error ? error->message : "");
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_statement (survey, "a", 0), "bn"), "আমি ক জানি।");
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_statement (survey, "a", 0), "ar"), "أعرف أ.");
  /* Untranslated: English. White space is collapsed. */
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_statement (survey, "a", 1), "bn"),
                    "I know b, over two lines.");
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_statement (survey, "a", 2), "bn"), "আমি গ জানি।");
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_statement (survey, "a", 2), "ar"), "I know c.");
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_intention (survey), "ar"), "سأتحدث.");
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_scale_word (survey, 1), "bn"), "একদম নিশ্চিত নই");
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_scale_word (survey, 1), "ar"), "Not sure at all");
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_scale_word (survey, 5), "ar"), "متأكدة جدًا");
  ck_assert_str_eq (hearth_text_get (hearth_survey_get_scale_word (survey, 2), "ar"), "Two");
}
END_TEST

/* Each broken file is refused with the line and the reason. */
START_TEST (test_parse_errors)
{
  static const struct {
    const char *xml;
    const char *message;
  } cases[] = {
    { "<survey>\n" SCALE "<intention>I will.</intention>\n"
      "<module id=\"a\">\n<statement>I know a.</statement>\n<statement>I know b.</statement>\n</module>\n</survey>",
      "bad.xml:7: module “a” has 2 statements; it needs 3" },
    { "<survey>\n<scale><point>One</point><point>Two</point>\n<point>Three</point><point>Four</point></scale>\n"
      "<intention>I will.</intention>\n" MODULE_A "</survey>",
      "bad.xml:3: the scale has 4 points; it needs 5" },
    { "<survey>\n" SCALE MODULE_A "</survey>",
      "bad.xml:4: the survey has no <intention>" },
    { "<survey>\n" SCALE "<intention>I will.</intention>\n</survey>",
      "bad.xml:4: the survey has no modules" },
    { "<survey>\n" SCALE "<intention>I will.</intention>\n<intention>Again.</intention>\n" MODULE_A "</survey>",
      "bad.xml:4: there are two <intention> elements" },
    { "<survey>\n" SCALE "<intention>I will.</intention>\n" MODULE_A MODULE_A "</survey>",
      "bad.xml:5: there are two modules with the id “a”" },
    { "<survey>\n" SCALE "<intention>I will.</intention>\n<module>\n</module>\n</survey>",
      "bad.xml:4: element 'module' requires attribute 'id'" },
    { "<survey>\n" SCALE "<intention>I will.</intention>\n<module id=\"a\" order=\"1\">\n</module>\n</survey>",
      "bad.xml:4: attribute 'order' invalid for element 'module'" },
    { "<survey>\n" SCALE "<intention>I will.</intention>\n<module id=\"a\">\n"
      "<statement xml:lang=\"bn\">আমি জানি।</statement>\n</module>\n</survey>",
      "bad.xml:5: a translated <statement> must follow its English" },
    { "<survey>\n" SCALE "<intention>I will.</intention>\n<module id=\"a\">\n"
      "<statement>I know a.</statement><statement>  </statement>\n</module>\n</survey>",
      "bad.xml:5: <statement> is empty" },
    { "<survey>\n" SCALE "<intention>I will.</intention>\n<statement>I know.</statement>\n</survey>",
      "bad.xml:4: <statement> cannot be inside <survey>" },
    { "<module id=\"a\"/>",
      "bad.xml:1: <module> cannot be inside <the document>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HearthSurvey) survey = hearth_survey_parse ("bad.xml", cases[i].xml, -1, &error);

      ck_assert_msg (survey == NULL, "case %u was accepted", i);
      ck_assert_msg (g_error_matches (error, HEARTH_COURSE_ERROR, HEARTH_COURSE_ERROR_INVALID),
                     "case %u: %s", i, error->message);
      ck_assert_msg (strstr (error->message, cases[i].message) != NULL,
                     "case %u: “%s”, expected “%s”", i, error->message, cases[i].message);
    }

  /* Not XML at all: GMarkup's own message. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(HearthSurvey) survey = hearth_survey_parse ("bad.xml", "<survey><scale>", -1, &error);

    ck_assert_ptr_null (survey);
    ck_assert (g_error_matches (error, G_MARKUP_ERROR, G_MARKUP_ERROR_PARSE));
  }
}
END_TEST

/* A module of the course without statements, or statements for a module the
 * course does not have, are both caught. */
START_TEST (test_check_course)
{
  g_autoptr(HearthCourse) course = built_course ();
  g_autoptr(GString) xml = g_string_new ("<survey>\n" SCALE "<intention>I will.</intention>\n");
  g_autoptr(HearthSurvey) missing = NULL;
  g_autoptr(HearthSurvey) extra = NULL;
  g_autoptr(GError) error = NULL;

  /* Every module but the last. */
  for (guint m = 0; m + 1 < hearth_course_get_n_modules (course); m++)
    g_string_append_printf (xml, "<module id=\"%s\"><statement>I know a.</statement><statement>I know b.</statement>"
                                 "<statement>I know c.</statement></module>\n",
                            hearth_course_get_module (course, m)->id);
  g_string_append (xml, "</survey>");
  missing = hearth_survey_parse ("missing.xml", xml->str, -1, &error);
  ck_assert_msg (missing != NULL, "%s", error ? error->message : "");
  ck_assert (!hearth_survey_check_course (missing, course, &error));
  ck_assert_msg (strstr (error->message, "reporting-and-help") != NULL, "%s", error->message);
  g_clear_error (&error);

  g_string_truncate (xml, xml->len - strlen ("</survey>"));
  g_string_append_printf (xml, "<module id=\"%s\"><statement>I know a.</statement><statement>I know b.</statement>"
                               "<statement>I know c.</statement></module>\n",
                          hearth_course_get_module (course, hearth_course_get_n_modules (course) - 1)->id);
  g_string_append (xml, MODULE_A "</survey>");
  extra = hearth_survey_parse ("extra.xml", xml->str, -1, &error);
  ck_assert_msg (extra != NULL, "%s", error ? error->message : "");
  ck_assert (!hearth_survey_check_course (extra, course, &error));
  ck_assert_msg (strstr (error->message, "“a”") != NULL, "%s", error->message);
}
END_TEST

static HearthStore *
open_store (gint64 *learner_id)
{
  g_autoptr(GError) error = NULL;
  HearthStore *store = hearth_store_open (folder, &error);
  g_autoptr(HearthLearner) learner = NULL;

  ck_assert_msg (store != NULL, "%s", error ? error->message : "");
  learner = hearth_store_add_learner (store, "Amina", "bn", "moon", &error);
  ck_assert_msg (learner != NULL, "%s", error ? error->message : "");
  *learner_id = hearth_learner_get_id (learner);
  return store;
}

START_TEST (test_store_save_skip_read)
{
  gint64 learner_id;
  g_autoptr(HearthStore) store = open_store (&learner_id);
  g_autoptr(GError) error = NULL;
  const guint before[] = { 2, 0, 5 };
  const guint after[] = { 4, 5, 5 };
  HearthSurveyResponse response;

  /* Nothing yet: not offered. */
  ck_assert (hearth_store_get_survey_response (store, learner_id, "know-your-gadgets", HEARTH_SURVEY_BEFORE,
                                               &response, &error));
  ck_assert (!response.offered);

  ck_assert_msg (hearth_store_save_survey_response (store, learner_id, "know-your-gadgets", HEARTH_SURVEY_BEFORE,
                                                    before, 0, &error), "%s", error ? error->message : "");
  ck_assert (hearth_store_get_survey_response (store, learner_id, "know-your-gadgets", HEARTH_SURVEY_BEFORE,
                                               &response, &error));
  ck_assert (response.offered);
  ck_assert (!response.skipped);
  ck_assert_uint_eq (response.confidence[0], 2);
  ck_assert_uint_eq (response.confidence[1], 0);  /* left unanswered */
  ck_assert_uint_eq (response.confidence[2], 5);
  ck_assert_uint_eq (response.intention, 0);
  ck_assert_int_gt (response.answered_at, 0);

  /* The other phase, and other modules, are apart. */
  ck_assert (hearth_store_get_survey_response (store, learner_id, "know-your-gadgets", HEARTH_SURVEY_AFTER,
                                               &response, &error));
  ck_assert (!response.offered);
  ck_assert (hearth_store_save_survey_response (store, learner_id, "know-your-gadgets", HEARTH_SURVEY_AFTER,
                                                after, 4, &error));
  ck_assert (hearth_store_get_survey_response (store, learner_id, "know-your-gadgets", HEARTH_SURVEY_AFTER,
                                               &response, &error));
  ck_assert (response.offered && !response.skipped);
  ck_assert_uint_eq (response.confidence[0], 4);
  ck_assert_uint_eq (response.confidence[1], 5);
  ck_assert_uint_eq (response.intention, 4);

  /* Skipped: offered, with nothing answered. */
  ck_assert (hearth_store_skip_survey (store, learner_id, "get-online-savvy", HEARTH_SURVEY_BEFORE, &error));
  ck_assert (hearth_store_get_survey_response (store, learner_id, "get-online-savvy", HEARTH_SURVEY_BEFORE,
                                               &response, &error));
  ck_assert (response.offered);
  ck_assert (response.skipped);
  ck_assert_uint_eq (response.confidence[0] + response.confidence[1] + response.confidence[2], 0);
  ck_assert (hearth_store_get_survey_response (store, learner_id, "get-online-savvy", HEARTH_SURVEY_AFTER,
                                               &response, &error));
  ck_assert (!response.offered);

  /* Kept in the file: opened again, the answers are there. */
  g_clear_object (&store);
  store = hearth_store_open (folder, &error);
  ck_assert_ptr_nonnull (store);
  ck_assert (hearth_store_get_survey_response (store, learner_id, "know-your-gadgets", HEARTH_SURVEY_BEFORE,
                                               &response, &error));
  ck_assert (response.offered && response.confidence[2] == 5);
  ck_assert_str_eq (hearth_survey_phase_to_string (HEARTH_SURVEY_BEFORE), "before");
  ck_assert_str_eq (hearth_survey_phase_to_string (HEARTH_SURVEY_AFTER), "after");
}
END_TEST

/* Values outside 1 to 5, an intention before the module and an unknown
 * learner are refused, and nothing is written. */
START_TEST (test_store_bad_values)
{
  gint64 learner_id;
  g_autoptr(HearthStore) store = open_store (&learner_id);
  const guint too_big[] = { 3, 6, 1 };
  const guint fine[] = { 3, 3, 3 };
  HearthSurveyResponse response;

  {
    g_autoptr(GError) error = NULL;

    ck_assert (!hearth_store_save_survey_response (store, learner_id, "know-your-gadgets", HEARTH_SURVEY_BEFORE,
                                                   too_big, 0, &error));
    ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT));
    ck_assert_msg (strstr (error->message, "from 1 to 5, not 6") != NULL, "%s", error->message);
  }
  {
    g_autoptr(GError) error = NULL;

    ck_assert (!hearth_store_save_survey_response (store, learner_id, "know-your-gadgets", HEARTH_SURVEY_AFTER,
                                                   fine, 9, &error));
    ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT));
  }
  {
    g_autoptr(GError) error = NULL;

    ck_assert (!hearth_store_save_survey_response (store, learner_id, "know-your-gadgets", HEARTH_SURVEY_BEFORE,
                                                   fine, 4, &error));
    ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT));
  }
  {
    g_autoptr(GError) error = NULL;

    ck_assert (!hearth_store_save_survey_response (store, learner_id, "", HEARTH_SURVEY_BEFORE, fine, 0, &error));
    ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT));
  }
  {
    g_autoptr(GError) error = NULL;

    ck_assert (!hearth_store_skip_survey (store, learner_id, "know-your-gadgets", (HearthSurveyPhase) 7, &error));
    ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT));
  }
  {
    g_autoptr(GError) error = NULL;

    /* No such learner: the database refuses it, and says where. */
    ck_assert (!hearth_store_skip_survey (store, learner_id + 100, "know-your-gadgets", HEARTH_SURVEY_BEFORE, &error));
    ck_assert (g_error_matches (error, HEARTH_STORE_ERROR, HEARTH_STORE_ERROR_FAILED));
    ck_assert_msg (strstr (error->message, hearth_store_get_path (store)) != NULL, "%s", error->message);
  }

  for (HearthSurveyPhase phase = HEARTH_SURVEY_BEFORE; phase <= HEARTH_SURVEY_AFTER; phase++)
    {
      ck_assert (hearth_store_get_survey_response (store, learner_id, "know-your-gadgets", phase, &response, NULL));
      ck_assert (!response.offered);
    }
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("survey");
  TCase *tcase = tcase_create ("survey");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_every_module_covered);
  tcase_add_test (tcase, test_translated_like_the_course);
  tcase_add_test (tcase, test_parse_translations);
  tcase_add_test (tcase, test_parse_errors);
  tcase_add_test (tcase, test_check_course);
  tcase_add_test (tcase, test_store_save_skip_read);
  tcase_add_test (tcase, test_store_bad_values);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}

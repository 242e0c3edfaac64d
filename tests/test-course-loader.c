/* test-course-loader.c: the course loader: valid content, each malformed
 * case, and the choice of language with English as the fallback
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <glib/gstdio.h>

#include "hearth-test-check.h"
#include "hearth-content-report.h"
#include "hearth-content-rules.h"
#include "hearth-course-loader.h"
#include "hearth-course.h"

/* A complete module as msgfmt --xml leaves it: English, plus a translation
 * into one language for some strings. */
#define VALID_MODULE \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<module id=\"test-module\" order=\"2\">\n" \
  "  <title>Test  module\n   title</title>\n" \
  "  <title xml:lang=\"ar\">وحدة</title>\n" \
  "  <summary>A summary.</summary>\n" \
  "  <picture src=\"a.svg\"><description>A picture.</description></picture>\n" \
  "  <lesson id=\"one\">\n" \
  "    <title>Lesson one</title>\n" \
  "    <title xml:lang=\"bn\">পাঠ এক</title>\n" \
  "    <step><text>First step.</text><key-message>Key.</key-message>" \
  "<talk-about-it>Talk.</talk-about-it></step>\n" \
  "    <step><text>Second step.</text>" \
  "<picture src=\"b.svg\"><description>B.</description></picture></step>\n" \
  "  </lesson>\n" \
  "  <quiz>\n" \
  "    <question id=\"q1\" kind=\"single\"><prompt>Pick one.</prompt>\n" \
  "      <option correct=\"false\"><text>No</text><feedback>Why not.</feedback></option>\n" \
  "      <option correct=\"true\"><text>Yes</text><feedback>Why so.</feedback></option>\n" \
  "    </question>\n" \
  "    <question id=\"q2\" kind=\"multiple\"><prompt>Pick all.</prompt>\n" \
  "      <option correct=\"true\"><text>A</text><feedback>a</feedback></option>\n" \
  "      <option correct=\"false\"><text>B</text><feedback>b</feedback></option>\n" \
  "      <option correct=\"true\"><text>C</text><feedback>c</feedback></option>\n" \
  "    </question>\n" \
  "    <question id=\"q3\" kind=\"true-false\"><prompt>Is it?</prompt>\n" \
  "      <option correct=\"true\"><text>True</text><feedback>t</feedback></option>\n" \
  "      <option correct=\"false\"><text>False</text><feedback>f</feedback></option>\n" \
  "    </question>\n" \
  "    <question id=\"q4\" kind=\"scenario\"><prompt>What would you do?</prompt>\n" \
  "      <option correct=\"false\"><text>Shout</text><feedback>s</feedback></option>\n" \
  "      <option correct=\"true\"><text>Listen</text><feedback>l</feedback></option>\n" \
  "    </question>\n" \
  "  </quiz>\n" \
  "</module>\n"

START_TEST (test_valid_module)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthModule) module = hearth_course_parse_module ("valid.xml", VALID_MODULE, -1, &error);
  HearthLesson *lesson;
  HearthStep *step;
  HearthQuestion *question;

  ck_assert_ptr_null (error);
  ck_assert_ptr_nonnull (module);
  ck_assert_str_eq (module->id, "test-module");
  ck_assert_int_eq (module->order, 2);
  /* Line breaks and runs of spaces in the XML collapse, as gettext does. */
  ck_assert_str_eq (hearth_text_get (module->title, "en"), "Test module title");
  ck_assert_str_eq (module->picture->src, "a.svg");
  ck_assert_uint_eq (module->lessons->len, 1);
  ck_assert_uint_eq (hearth_module_count_steps (module), 2);

  lesson = g_ptr_array_index (module->lessons, 0);
  ck_assert_str_eq (lesson->id, "one");
  step = g_ptr_array_index (lesson->steps, 0);
  ck_assert_str_eq (hearth_text_get (step->text, "en"), "First step.");
  ck_assert_str_eq (hearth_text_get (step->key_message, "en"), "Key.");
  ck_assert_str_eq (hearth_text_get (step->talk_about_it, "en"), "Talk.");
  ck_assert_ptr_null (step->picture);
  step = g_ptr_array_index (lesson->steps, 1);
  ck_assert_ptr_null (step->key_message);
  ck_assert_str_eq (step->picture->src, "b.svg");

  ck_assert_uint_eq (module->questions->len, 4);
  question = g_ptr_array_index (module->questions, 1);
  ck_assert_int_eq (question->kind, HEARTH_QUESTION_MULTIPLE);
  ck_assert_uint_eq (hearth_question_count_correct (question), 2);
  question = g_ptr_array_index (module->questions, 3);
  ck_assert_int_eq (question->kind, HEARTH_QUESTION_SCENARIO);
  ck_assert_str_eq (hearth_text_get (((HearthOption *) g_ptr_array_index (question->options, 1))->feedback, "en"), "l");
}
END_TEST

START_TEST (test_language_fallback)
{
  g_autoptr(HearthModule) module = hearth_course_parse_module ("valid.xml", VALID_MODULE, -1, NULL);
  HearthLesson *lesson = g_ptr_array_index (module->lessons, 0);

  /* One loaded document answers in every language at once. */
  ck_assert_str_eq (hearth_text_get (module->title, "ar"), "وحدة");
  ck_assert_str_eq (hearth_text_get (module->title, "en"), "Test module title");
  ck_assert_str_eq (hearth_text_get (lesson->title, "bn"), "পাঠ এক");
  /* No translation yet: English. */
  ck_assert_str_eq (hearth_text_get (module->title, "bn"), "Test module title");
  ck_assert_str_eq (hearth_text_get (lesson->title, "ar"), "Lesson one");
  ck_assert_str_eq (hearth_text_get (lesson->title, "so"), "Lesson one");
  ck_assert_str_eq (hearth_text_get (lesson->title, NULL), "Lesson one");
  ck_assert (hearth_text_has (lesson->title, "bn"));
  ck_assert (!hearth_text_has (lesson->title, "ar"));
}
END_TEST

START_TEST (test_counts_missing_per_language)
{
  g_autoptr(HearthCourse) course = hearth_course_new ();
  HearthCourseCounts counts;
  g_autofree char *report = NULL;
  gboolean valid = FALSE;

  ck_assert (hearth_course_add_module_data (course, "valid.xml", VALID_MODULE, -1, NULL));

  hearth_course_count (course, "en", &counts);
  ck_assert_uint_eq (counts.modules, 1);
  ck_assert_uint_eq (counts.lessons, 1);
  ck_assert_uint_eq (counts.steps, 2);
  ck_assert_uint_eq (counts.questions, 4);
  ck_assert_uint_eq (counts.missing, 0);

  /* 31 translatable strings; the Arabic has one of them, the Bengali one. */
  hearth_course_count (course, "ar", &counts);
  ck_assert_uint_eq (counts.missing, 30);
  hearth_course_count (course, "bn", &counts);
  ck_assert_uint_eq (counts.missing, 30);
  hearth_course_count (course, "so", &counts);
  ck_assert_uint_eq (counts.missing, 31);

  report = hearth_content_report (course, &valid);
  ck_assert (valid);
  ck_assert (g_str_has_prefix (report, "en modules=1 lessons=1 steps=2 questions=4 missing=0\n"
                                       "bn modules=1 lessons=1 steps=2 questions=4 missing=30\n"
                                       "ar modules=1 lessons=1 steps=2 questions=4 missing=30\n"));
}
END_TEST

/* Each malformed case: the content, the line the problem is on, and words
 * the reason must contain. */
static const struct {
  const char *name;
  const char *xml;
  int         line;
  const char *reason;
  int         code;
} malformed[] = {
  { "not well-formed",
    "<module id=\"m\">\n<title>T</title>\n<summary>S</wrong>\n</module>",
    3, "", HEARTH_COURSE_ERROR_MALFORMED },
  { "unknown element",
    "<module id=\"m\">\n<title>T</title>\n<video/>\n</module>",
    3, "unknown element <video>", HEARTH_COURSE_ERROR_INVALID },
  { "wrong root",
    "<lesson id=\"x\"/>",
    1, "must start with <module>", HEARTH_COURSE_ERROR_INVALID },
  { "element in the wrong place",
    "<module id=\"m\">\n<title>T</title>\n<step><text>x</text></step>\n</module>",
    3, "<step> cannot be inside <module>", HEARTH_COURSE_ERROR_INVALID },
  { "missing id",
    "<module>\n</module>",
    1, "id", HEARTH_COURSE_ERROR_INVALID },
  { "bad id",
    "<module id=\"Bad Id\">\n</module>",
    1, "must use only a-z", HEARTH_COURSE_ERROR_INVALID },
  { "unknown attribute",
    "<module id=\"m\" colour=\"red\">\n</module>",
    1, "colour", HEARTH_COURSE_ERROR_INVALID },
  { "no title",
    "<module id=\"m\">\n<summary>S</summary>\n<lesson id=\"l\"><title>L</title><step><text>x</text></step></lesson>\n"
    "<quiz><question id=\"q\" kind=\"true-false\"><prompt>P</prompt>"
    "<option correct=\"true\"><text>True</text><feedback>f</feedback></option>"
    "<option correct=\"false\"><text>False</text><feedback>f</feedback></option></question></quiz>\n</module>",
    1, "has no <title>", HEARTH_COURSE_ERROR_INVALID },
  { "empty text",
    "<module id=\"m\">\n<title>   </title>\n</module>",
    2, "<title> is empty", HEARTH_COURSE_ERROR_INVALID },
  { "title twice",
    "<module id=\"m\">\n<title>T</title>\n<title>U</title>\n</module>",
    3, "appears twice", HEARTH_COURSE_ERROR_INVALID },
  { "step without text",
    "<module id=\"m\">\n<title>T</title>\n<summary>S</summary>\n<lesson id=\"l\">\n<title>L</title>\n"
    "<step><key-message>K</key-message></step>\n</lesson>\n</module>",
    6, "has no <text>", HEARTH_COURSE_ERROR_INVALID },
  { "lesson without steps",
    "<module id=\"m\">\n<title>T</title>\n<summary>S</summary>\n<lesson id=\"l\">\n<title>L</title>\n</lesson>\n</module>",
    4, "has no steps", HEARTH_COURSE_ERROR_INVALID },
  { "duplicate lesson id",
    "<module id=\"m\">\n<lesson id=\"l\"><title>L</title><step><text>x</text></step></lesson>\n"
    "<lesson id=\"l\"><title>L</title><step><text>x</text></step></lesson>\n</module>",
    3, "two lessons with the id", HEARTH_COURSE_ERROR_INVALID },
  { "picture without description",
    "<module id=\"m\">\n<picture src=\"a.svg\">\n</picture>\n</module>",
    2, "has no <description>", HEARTH_COURSE_ERROR_INVALID },
  { "picture outside the course folder",
    "<module id=\"m\">\n<picture src=\"../../etc/passwd.svg\"><description>d</description></picture>\n</module>",
    2, "no folder", HEARTH_COURSE_ERROR_INVALID },
  { "unknown question kind",
    "<module id=\"m\">\n<quiz>\n<question id=\"q\" kind=\"essay\"/>\n</quiz>\n</module>",
    3, "kind “essay”", HEARTH_COURSE_ERROR_INVALID },
  { "single choice with two correct",
    "<module id=\"m\">\n<quiz>\n<question id=\"q\" kind=\"single\"><prompt>P</prompt>\n"
    "<option correct=\"true\"><text>A</text><feedback>a</feedback></option>\n"
    "<option correct=\"true\"><text>B</text><feedback>b</feedback></option>\n</question>\n</quiz>\n</module>",
    3, "exactly one correct option", HEARTH_COURSE_ERROR_INVALID },
  { "multiple choice with one correct",
    "<module id=\"m\">\n<quiz>\n<question id=\"q\" kind=\"multiple\"><prompt>P</prompt>\n"
    "<option correct=\"true\"><text>A</text><feedback>a</feedback></option>\n"
    "<option correct=\"false\"><text>B</text><feedback>b</feedback></option>\n"
    "<option correct=\"false\"><text>C</text><feedback>c</feedback></option>\n</question>\n</quiz>\n</module>",
    3, "at least two correct", HEARTH_COURSE_ERROR_INVALID },
  { "true-false with three options",
    "<module id=\"m\">\n<quiz>\n<question id=\"q\" kind=\"true-false\"><prompt>P</prompt>\n"
    "<option correct=\"true\"><text>A</text><feedback>a</feedback></option>\n"
    "<option correct=\"false\"><text>B</text><feedback>b</feedback></option>\n"
    "<option correct=\"false\"><text>C</text><feedback>c</feedback></option>\n</question>\n</quiz>\n</module>",
    3, "exactly 2 options", HEARTH_COURSE_ERROR_INVALID },
  { "option without feedback",
    "<module id=\"m\">\n<quiz>\n<question id=\"q\" kind=\"single\"><prompt>P</prompt>\n"
    "<option correct=\"true\"><text>A</text></option>\n</question>\n</quiz>\n</module>",
    4, "no <feedback>", HEARTH_COURSE_ERROR_INVALID },
  { "question without prompt",
    "<module id=\"m\">\n<quiz>\n<question id=\"q\" kind=\"single\">\n"
    "<option correct=\"true\"><text>A</text><feedback>a</feedback></option>\n"
    "<option correct=\"false\"><text>B</text><feedback>b</feedback></option>\n</question>\n</quiz>\n</module>",
    3, "has no <prompt>", HEARTH_COURSE_ERROR_INVALID },
  { "correct is not a boolean",
    "<module id=\"m\">\n<quiz>\n<question id=\"q\" kind=\"single\"><prompt>P</prompt>\n"
    "<option correct=\"yes\"><text>A</text><feedback>a</feedback></option>\n</question>\n</quiz>\n</module>",
    4, "correct must be", HEARTH_COURSE_ERROR_INVALID },
  { "empty quiz",
    "<module id=\"m\">\n<title>T</title>\n<quiz>\n</quiz>\n</module>",
    3, "the quiz has no questions", HEARTH_COURSE_ERROR_INVALID },
  { "text outside a text element",
    "<module id=\"m\">\nstray words\n</module>",
    2, "text outside a text element", HEARTH_COURSE_ERROR_INVALID },
  { "empty file",
    "",
    1, "", HEARTH_COURSE_ERROR_MALFORMED },
  { "truncated file",
    "<module id=\"m\">\n<title>T</title>\n<lesson id=\"l\"><title>L</title><step><text>x",
    3, "", HEARTH_COURSE_ERROR_MALFORMED },
};

START_TEST (test_malformed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HearthModule) module = NULL;
  g_autofree char *expected_prefix = g_strdup_printf ("bad.xml:%d: ", malformed[_i].line);

  module = hearth_course_parse_module ("bad.xml", malformed[_i].xml, -1, &error);

  ck_assert_msg (module == NULL, "%s: loaded", malformed[_i].name);
  ck_assert_msg (error != NULL, "%s: no error", malformed[_i].name);
  ck_assert_msg (g_error_matches (error, HEARTH_COURSE_ERROR, malformed[_i].code),
                 "%s: error code %d, message %s", malformed[_i].name, error->code, error->message);
  ck_assert_msg (g_str_has_prefix (error->message, expected_prefix),
                 "%s: “%s” does not start with “%s”", malformed[_i].name, error->message, expected_prefix);
  ck_assert_msg (strstr (error->message, malformed[_i].reason) != NULL,
                 "%s: “%s” does not say “%s”", malformed[_i].name, error->message, malformed[_i].reason);
  /* The reason is words, not an empty tail after the position. */
  ck_assert_msg (strlen (error->message) > strlen (expected_prefix) + 3, "%s: %s", malformed[_i].name, error->message);
}
END_TEST

/* One bad file must not stop the others loading. */
START_TEST (test_bad_file_leaves_others)
{
  g_autofree char *dir = g_dir_make_tmp ("hearth-course-XXXXXX", NULL);
  g_autofree char *good = g_build_filename (dir, "01-good.xml", NULL);
  g_autofree char *bad = g_build_filename (dir, "02-bad.xml", NULL);
  g_autofree char *ignored = g_build_filename (dir, "notes.txt", NULL);
  g_autoptr(HearthCourse) course = hearth_course_new ();
  g_autofree char *report = NULL;
  GPtrArray *problems;
  gboolean valid = TRUE;

  ck_assert (g_file_set_contents (good, VALID_MODULE, -1, NULL));
  ck_assert (g_file_set_contents (bad, "<module id=\"broken\">\n<title>T</title>\n<oops>\n</module>\n", -1, NULL));
  ck_assert (g_file_set_contents (ignored, "not xml", -1, NULL));

  ck_assert (hearth_course_load_directory (course, dir, NULL));
  ck_assert_uint_eq (hearth_course_get_n_modules (course), 1);
  ck_assert_ptr_nonnull (hearth_course_find_module (course, "test-module"));
  ck_assert_ptr_null (hearth_course_find_module (course, "broken"));

  problems = hearth_course_get_problems (course);
  ck_assert_uint_eq (problems->len, 1);
  ck_assert_msg (g_str_has_prefix (g_ptr_array_index (problems, 0), "02-bad.xml:3: "),
                 "%s", (char *) g_ptr_array_index (problems, 0));

  report = hearth_content_report (course, &valid);
  ck_assert (!valid);
  ck_assert (strstr (report, "\n02-bad.xml:3: ") != NULL);

  g_unlink (good);
  g_unlink (bad);
  g_unlink (ignored);
  g_rmdir (dir);
}
END_TEST

START_TEST (test_duplicate_module)
{
  g_autoptr(HearthCourse) course = hearth_course_new ();
  g_autoptr(GError) error = NULL;

  ck_assert (hearth_course_add_module_data (course, "a.xml", VALID_MODULE, -1, NULL));
  ck_assert (!hearth_course_add_module_data (course, "b.xml", VALID_MODULE, -1, &error));
  ck_assert (g_error_matches (error, HEARTH_COURSE_ERROR, HEARTH_COURSE_ERROR_DUPLICATE));
  ck_assert (g_str_has_prefix (error->message, "b.xml:1: "));
  ck_assert_uint_eq (hearth_course_get_n_modules (course), 1);
}
END_TEST

START_TEST (test_missing_directory)
{
  g_autoptr(HearthCourse) course = hearth_course_new ();
  g_autoptr(GError) error = NULL;

  ck_assert (!hearth_course_load_directory (course, "/nonexistent/hearth/course", &error));
  ck_assert_ptr_nonnull (error);
}
END_TEST

/* The course built into Hearth loads whole, in English, Bengali and Arabic. */
START_TEST (test_built_in_course)
{
  g_autoptr(HearthCourse) course = hearth_course_new ();
  HearthModule *module;
  HearthCourseCounts counts;
  GPtrArray *problems;

  hearth_course_load_resources (course, HEARTH_COURSE_RESOURCE_PATH);
  hearth_course_check_pictures (course, HEARTH_PICTURES_RESOURCE_PATH);
  hearth_course_check_rules (course);
  problems = hearth_course_get_problems (course);
  ck_assert_msg (problems->len == 0, "%s", problems->len > 0 ? (char *) g_ptr_array_index (problems, 0) : "");

  module = hearth_course_find_module (course, "know-your-gadgets");
  ck_assert_ptr_nonnull (module);
  ck_assert_str_eq (hearth_text_get (module->title, "en"), "Know your gadgets");

  hearth_course_count (course, "en", &counts);
  ck_assert_uint_eq (counts.missing, 0);
  ck_assert_uint_ge (counts.questions, 8);
  hearth_course_count (course, "bn", &counts);
  ck_assert_uint_eq (counts.missing, 0);
  hearth_course_count (course, "ar", &counts);
  ck_assert_uint_eq (counts.missing, 0);
  ck_assert_str_ne (hearth_text_get (module->title, "ar"), hearth_text_get (module->title, "en"));
  ck_assert_str_ne (hearth_text_get (module->title, "bn"), hearth_text_get (module->title, "en"));
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("course-loader");
  TCase *tcase = tcase_create ("loader");

  tcase_add_test (tcase, test_valid_module);
  tcase_add_test (tcase, test_language_fallback);
  tcase_add_test (tcase, test_counts_missing_per_language);
  tcase_add_loop_test (tcase, test_malformed, 0, G_N_ELEMENTS (malformed));
  tcase_add_test (tcase, test_bad_file_leaves_others);
  tcase_add_test (tcase, test_duplicate_module);
  tcase_add_test (tcase, test_missing_directory);
  tcase_add_test (tcase, test_built_in_course);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}

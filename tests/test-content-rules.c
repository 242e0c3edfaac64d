/* test-content-rules.c: counting words and sentences, and each course rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>

#include "hearth-test-check.h"
#include "hearth-content-rules.h"

START_TEST (test_count_words)
{
  ck_assert_uint_eq (hearth_count_words (""), 0);
  ck_assert_uint_eq (hearth_count_words ("One."), 1);
  ck_assert_uint_eq (hearth_count_words ("  Wi-Fi is a way to go online  "), 7);
  /* A dash on its own is not a word; numbers are. */
  ck_assert_uint_eq (hearth_count_words ("Call 999 – now"), 3);
  ck_assert_uint_eq (hearth_count_words ("Crimestoppers on 0800 555111."), 4);
  ck_assert_uint_eq (hearth_count_words ("পাঠ এক"), 2);
}
END_TEST

START_TEST (test_count_sentences)
{
  ck_assert_uint_eq (hearth_count_sentences (""), 0);
  ck_assert_uint_eq (hearth_count_sentences ("Only at home"), 1);
  ck_assert_uint_eq (hearth_count_sentences ("Yes. Well done!"), 2);
  ck_assert_uint_eq (hearth_count_sentences ("What would you do?"), 1);
  ck_assert_uint_eq (hearth_count_sentences ("It said “stop.” Then it went."), 2);
  ck_assert_uint_eq (hearth_count_sentences ("About 0.5 of them. Really?!"), 2);
  ck_assert_uint_eq (hearth_count_sentences ("Wait… then go"), 2);
}
END_TEST

START_TEST (test_isolate_numbers)
{
  g_autofree char *phone = hearth_text_isolate_numbers ("اتصلي على 0800 1111 الآن");
  g_autofree char *two = hearth_text_isolate_numbers ("0808 800 5000 or 0800 555111.");
  g_autofree char *single = hearth_text_isolate_numbers ("Call 999, aged 13 to 17, in 2016.");
  g_autofree char *none = hearth_text_isolate_numbers ("");

  ck_assert_str_eq (phone, "اتصلي على \u20660800 1111\u2069 الآن");
  ck_assert_str_eq (two, "\u20660808 800 5000\u2069 or \u20660800 555111\u2069.");
  /* One group needs no help, and neither do numbers joined by words. */
  ck_assert_str_eq (single, "Call 999, aged 13 to 17, in 2016.");
  ck_assert_str_eq (none, "");
}
END_TEST

/* A module that keeps every rule, with a placeholder in each lesson that
 * tests replace to break one rule at a time. */
static char *
make_module (guint        n_lessons,
             guint        n_steps,
             guint        n_questions,
             const char  *step_text,
             gboolean     key_messages)
{
  GString *xml = g_string_new ("<module id=\"m\">\n<title>T</title>\n<summary>S.</summary>\n");

  for (guint l = 0; l < n_lessons; l++)
    {
      g_string_append_printf (xml, "<lesson id=\"l%u\"><title>L</title>\n", l);
      for (guint s = 0; s < n_steps; s++)
        g_string_append_printf (xml, "<step><text>%s</text>%s</step>\n", step_text,
                                key_messages && s + 1 == n_steps ? "<key-message>Key.</key-message>" : "");
      g_string_append (xml, "</lesson>\n");
    }

  g_string_append (xml, "<quiz>\n");
  for (guint q = 0; q < n_questions; q++)
    g_string_append_printf (xml, "<question id=\"q%u\" kind=\"true-false\"><prompt>Is it so?</prompt>"
                                 "<option correct=\"true\"><text>True</text><feedback>Yes.</feedback></option>"
                                 "<option correct=\"false\"><text>False</text><feedback>No.</feedback></option>"
                                 "</question>\n", q);
  g_string_append (xml, "</quiz>\n</module>\n");
  return g_string_free (xml, FALSE);
}

static GPtrArray *
problems_for (const char *xml)
{
  g_autoptr(HearthCourse) course = hearth_course_new ();
  GPtrArray *problems;

  ck_assert (hearth_course_add_module_data (course, "m.xml", xml, -1, NULL));
  hearth_course_check_rules (course);
  problems = hearth_course_get_problems (course);
  return g_ptr_array_ref (problems);
}

static void
assert_one_problem (const char *xml,
                    const char *prefix,
                    const char *words)
{
  g_autoptr(GPtrArray) problems = problems_for (xml);

  ck_assert_msg (problems->len == 1, "%u problems; first: %s", problems->len,
                 problems->len > 0 ? (char *) g_ptr_array_index (problems, 0) : "none");
  ck_assert_msg (g_str_has_prefix (g_ptr_array_index (problems, 0), prefix), "%s", (char *) g_ptr_array_index (problems, 0));
  ck_assert_msg (strstr (g_ptr_array_index (problems, 0), words) != NULL, "%s", (char *) g_ptr_array_index (problems, 0));
}

START_TEST (test_rules_kept)
{
  g_autofree char *xml = make_module (3, 4, 8, "A short step. It has two sentences.", TRUE);
  g_autoptr(GPtrArray) problems = problems_for (xml);

  ck_assert_uint_eq (problems->len, 0);
}
END_TEST

START_TEST (test_too_few_lessons)
{
  g_autofree char *xml = make_module (2, 4, 8, "A short step.", TRUE);

  assert_one_problem (xml, "m.xml:1: ", "has 2 lessons; a module has 3 to 6");
}
END_TEST

START_TEST (test_too_many_steps)
{
  g_autofree char *xml = make_module (3, 11, 8, "A short step.", TRUE);
  g_autoptr(GPtrArray) problems = problems_for (xml);

  /* One problem per lesson, each at the lesson's own line. */
  ck_assert_uint_eq (problems->len, 3);
  ck_assert_str_eq (g_ptr_array_index (problems, 0), "m.xml:4: lesson “l0” has 11 steps; a lesson has 4 to 10");
}
END_TEST

START_TEST (test_too_few_questions)
{
  g_autofree char *xml = make_module (3, 4, 7, "A short step.", TRUE);

  assert_one_problem (xml, "m.xml:1: ", "7 quiz questions; it needs at least 8");
}
END_TEST

START_TEST (test_lesson_without_key_message)
{
  g_autofree char *xml = make_module (3, 4, 8, "A short step.", FALSE);
  g_autoptr(GPtrArray) problems = problems_for (xml);

  ck_assert_uint_eq (problems->len, 3);
  /* The last step of the first lesson is on line 8. */
  ck_assert_str_eq (g_ptr_array_index (problems, 0), "m.xml:8: the last step of lesson “l0” has no <key-message>");
}
END_TEST

START_TEST (test_step_too_long)
{
  GString *long_text = g_string_new (NULL);
  g_autofree char *xml = NULL;
  g_autoptr(GPtrArray) problems = NULL;

  /* 61 words in short sentences: too long, though the average is fine. */
  for (guint i = 0; i < 61; i++)
    g_string_append (long_text, i % 6 == 5 ? "word. " : "word ");
  xml = make_module (3, 4, 8, long_text->str, TRUE);
  g_string_free (long_text, TRUE);

  problems = problems_for (xml);
  ck_assert_uint_eq (problems->len, 12);
  ck_assert_str_eq (g_ptr_array_index (problems, 0), "m.xml:5: this step has 61 words; keep a step to 60 or fewer");
}
END_TEST

START_TEST (test_sentences_too_long)
{
  GString *sentence = g_string_new (NULL);
  g_autofree char *xml = NULL;

  /* Thirty steps of one 58-word sentence outweigh the quiz's short ones. */
  for (guint i = 0; i < 57; i++)
    g_string_append (sentence, "word ");
  g_string_append (sentence, "end.");
  xml = make_module (3, 10, 8, sentence->str, TRUE);
  g_string_free (sentence, TRUE);

  assert_one_problem (xml, "m.xml:1: ", "keep the average to 14 or fewer");
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("content-rules");
  TCase *tcase = tcase_create ("rules");

  tcase_add_test (tcase, test_count_words);
  tcase_add_test (tcase, test_count_sentences);
  tcase_add_test (tcase, test_isolate_numbers);
  tcase_add_test (tcase, test_rules_kept);
  tcase_add_test (tcase, test_too_few_lessons);
  tcase_add_test (tcase, test_too_many_steps);
  tcase_add_test (tcase, test_too_few_questions);
  tcase_add_test (tcase, test_lesson_without_key_message);
  tcase_add_test (tcase, test_step_too_long);
  tcase_add_test (tcase, test_sentences_too_long);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}

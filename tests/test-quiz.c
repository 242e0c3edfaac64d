/* test-quiz.c: checking answers and scoring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>

#include "hearth-test-check.h"
#include "hearth-course-loader.h"
#include "hearth-quiz.h"

#define QUIZ_MODULE \
  "<module id=\"m\"><title>T</title><summary>S</summary>" \
  "<lesson id=\"l\"><title>L</title><step><text>x</text></step></lesson><quiz>" \
  "<question id=\"single\" kind=\"single\"><prompt>P</prompt>" \
  "<option correct=\"false\"><text>A</text><feedback>a</feedback></option>" \
  "<option correct=\"false\"><text>B</text><feedback>b</feedback></option>" \
  "<option correct=\"true\"><text>C</text><feedback>c</feedback></option></question>" \
  "<question id=\"multiple\" kind=\"multiple\"><prompt>P</prompt>" \
  "<option correct=\"true\"><text>A</text><feedback>a</feedback></option>" \
  "<option correct=\"false\"><text>B</text><feedback>b</feedback></option>" \
  "<option correct=\"true\"><text>C</text><feedback>c</feedback></option>" \
  "<option correct=\"true\"><text>D</text><feedback>d</feedback></option></question>" \
  "<question id=\"true-false\" kind=\"true-false\"><prompt>P</prompt>" \
  "<option correct=\"false\"><text>True</text><feedback>t</feedback></option>" \
  "<option correct=\"true\"><text>False</text><feedback>f</feedback></option></question>" \
  "<question id=\"scenario\" kind=\"scenario\"><prompt>P</prompt>" \
  "<option correct=\"true\"><text>A</text><feedback>a</feedback></option>" \
  "<option correct=\"false\"><text>B</text><feedback>b</feedback></option></question>" \
  "</quiz></module>"

static HearthModule *module;

static void
setup (void)
{
  module = hearth_course_parse_module ("quiz.xml", QUIZ_MODULE, -1, NULL);
  ck_assert_ptr_nonnull (module);
}

static void
teardown (void)
{
  g_clear_pointer (&module, hearth_module_free);
}

static HearthQuestion *
question (guint index)
{
  return g_ptr_array_index (module->questions, index);
}

START_TEST (test_check_single)
{
  ck_assert (hearth_question_check_choice (question (0), 1u << 2));
  ck_assert (!hearth_question_check_choice (question (0), 1u << 0));
  ck_assert (!hearth_question_check_choice (question (0), 1u << 1));
  /* Nothing chosen, too much chosen, or an option that is not there. */
  ck_assert (!hearth_question_check_choice (question (0), 0));
  ck_assert (!hearth_question_check_choice (question (0), (1u << 2) | (1u << 0)));
  ck_assert (!hearth_question_check_choice (question (0), (1u << 2) | (1u << 5)));
}
END_TEST

START_TEST (test_check_multiple)
{
  HearthChoice all_correct = (1u << 0) | (1u << 2) | (1u << 3);

  ck_assert (hearth_question_check_choice (question (1), all_correct));
  /* Some of the right ones is not yet right; one wrong one spoils it. */
  ck_assert (!hearth_question_check_choice (question (1), (1u << 0) | (1u << 2)));
  ck_assert (!hearth_question_check_choice (question (1), 1u << 3));
  ck_assert (!hearth_question_check_choice (question (1), all_correct | (1u << 1)));
}
END_TEST

START_TEST (test_check_true_false_and_scenario)
{
  ck_assert (hearth_question_check_choice (question (2), 1u << 1));
  ck_assert (!hearth_question_check_choice (question (2), 1u << 0));
  ck_assert (hearth_question_check_choice (question (3), 1u << 0));
  ck_assert (!hearth_question_check_choice (question (3), 1u << 1));
}
END_TEST

START_TEST (test_session_scores_first_tries)
{
  g_autoptr(HearthQuizSession) session = hearth_quiz_session_new (module);

  ck_assert_uint_eq (hearth_quiz_session_get_n_questions (session), 4);
  ck_assert_uint_eq (hearth_quiz_session_get_score (session), 0);

  /* Right first time. */
  ck_assert (hearth_quiz_session_answer (session, 0, 1u << 2));
  /* Wrong, then right on the second try: learnt, but not counted. */
  ck_assert (!hearth_quiz_session_answer (session, 1, 1u << 0));
  ck_assert (hearth_quiz_session_answer (session, 1, (1u << 0) | (1u << 2) | (1u << 3)));
  /* Right first time, then a careless second try does not undo it. */
  ck_assert (hearth_quiz_session_answer (session, 2, 1u << 1));
  ck_assert (!hearth_quiz_session_answer (session, 2, 1u << 0));
  /* Wrong. */
  ck_assert (!hearth_quiz_session_answer (session, 3, 1u << 1));

  ck_assert_uint_eq (hearth_quiz_session_get_tries (session, 0), 1);
  ck_assert_uint_eq (hearth_quiz_session_get_tries (session, 1), 2);
  ck_assert_uint_eq (hearth_quiz_session_get_tries (session, 2), 2);
  ck_assert (hearth_quiz_session_is_right_first_time (session, 0));
  ck_assert (!hearth_quiz_session_is_right_first_time (session, 1));
  ck_assert (hearth_quiz_session_is_right_first_time (session, 2));
  ck_assert (!hearth_quiz_session_is_right_first_time (session, 3));
  ck_assert_uint_eq (hearth_quiz_session_get_score (session), 2);
}
END_TEST

START_TEST (test_bands)
{
  ck_assert_int_eq (hearth_quiz_band_for_score (8, 8), HEARTH_QUIZ_BAND_ALL);
  ck_assert_int_eq (hearth_quiz_band_for_score (7, 8), HEARTH_QUIZ_BAND_MOST);
  ck_assert_int_eq (hearth_quiz_band_for_score (6, 8), HEARTH_QUIZ_BAND_MOST);
  ck_assert_int_eq (hearth_quiz_band_for_score (5, 8), HEARTH_QUIZ_BAND_HALF);
  ck_assert_int_eq (hearth_quiz_band_for_score (4, 8), HEARTH_QUIZ_BAND_HALF);
  ck_assert_int_eq (hearth_quiz_band_for_score (3, 8), HEARTH_QUIZ_BAND_START);
  ck_assert_int_eq (hearth_quiz_band_for_score (0, 8), HEARTH_QUIZ_BAND_START);
  ck_assert_int_eq (hearth_quiz_band_for_score (0, 0), HEARTH_QUIZ_BAND_ALL);
}
END_TEST

START_TEST (test_choice_to_string)
{
  g_autofree char *none = hearth_choice_to_string (0);
  g_autofree char *one = hearth_choice_to_string (1u << 3);
  g_autofree char *some = hearth_choice_to_string ((1u << 0) | (1u << 2) | (1u << 5));

  ck_assert_str_eq (none, "");
  ck_assert_str_eq (one, "3");
  ck_assert_str_eq (some, "0,2,5");
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("quiz");
  TCase *tcase = tcase_create ("quiz");

  tcase_add_checked_fixture (tcase, setup, teardown);
  tcase_add_test (tcase, test_check_single);
  tcase_add_test (tcase, test_check_multiple);
  tcase_add_test (tcase, test_check_true_false_and_scenario);
  tcase_add_test (tcase, test_session_scores_first_tries);
  tcase_add_test (tcase, test_bands);
  tcase_add_test (tcase, test_choice_to_string);
  suite_add_tcase (suite, tcase);

  return hearth_test_run_suite (suite);
}

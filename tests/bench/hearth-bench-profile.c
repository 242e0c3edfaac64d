/* hearth-bench-profile.c: a generated profile of many learners, for
 * benchmarks and the command-line tests
 *
 * Years of workshops in one file: learners in workshops (with names holding
 * commas, quotes, line breaks, Bengali and Arabic), each part-way through the
 * course, with quiz attempts, their answers and the before-and-after survey.
 * The schema is made by HearthStore itself; the rows are written in one
 * transaction with prepared statements, so a million answers take seconds.
 * The ids are those of the course given, so the profile reads like a real one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-bench-profile.h"
#include "hearth-store.h"

#include <sqlite3.h>

#define START_TIME G_GINT64_CONSTANT (1700000000)

static const char * const workshop_names[] = {
  "Tuesday mothers' group",
  "Dhaka, North",
  "The \"Safe Online\" circle",
  "\xD9\x85\xD8\xB1\xD9\x83\xD8\xB2 \xD8\xA7\xD9\x84\xD8\xA3\xD8\xB3\xD8\xB1\xD8\xA9",  /* مركز الأسرة */
  "\xE0\xA6\xAE\xE0\xA6\xBE \xE0\xA6\x93 \xE0\xA6\xB6\xE0\xA6\xBF\xE0\xA6\xB6\xE0\xA7\x81",  /* মা ও শিশু */
  "Library\nupstairs",
};

static const char * const languages[] = { "en", "bn", "ar", "ur", "hi", "so" };

typedef struct
{
  sqlite3      *db;
  GRand        *rand;
  HearthCourse *course;
  sqlite3_stmt *workshop;
  sqlite3_stmt *learner;
  sqlite3_stmt *lesson;
  sqlite3_stmt *attempt;
  sqlite3_stmt *answer;
  sqlite3_stmt *survey;
} Generator;

static gboolean
failed (Generator  *generator,
        GError    **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "generating the profile: %s",
               sqlite3_errmsg (generator->db));
  return FALSE;
}

/* Runs a statement whose values are bound, and makes it ready again. */
static gboolean
run (Generator     *generator,
     sqlite3_stmt  *statement,
     GError       **error)
{
  int status = sqlite3_step (statement);

  sqlite3_reset (statement);
  sqlite3_clear_bindings (statement);
  return status == SQLITE_DONE || failed (generator, error);
}

static gboolean
prepare (Generator     *generator,
         sqlite3_stmt **statement,
         const char    *sql,
         GError       **error)
{
  return sqlite3_prepare_v2 (generator->db, sql, -1, statement, NULL) == SQLITE_OK || failed (generator, error);
}

/* A survey item: 1 to 5, or now and then left out (0, stored as NULL). */
static void
bind_item (Generator    *generator,
           sqlite3_stmt *statement,
           int           index,
           int           low)
{
  if (g_rand_int_range (generator->rand, 0, 10) == 0)
    sqlite3_bind_null (statement, index);
  else
    sqlite3_bind_int (statement, index, g_rand_int_range (generator->rand, low, 6));
}

static gboolean
add_survey (Generator   *generator,
            gint64       learner_id,
            const char  *module_id,
            gboolean     after,
            GError     **error)
{
  sqlite3_stmt *statement = generator->survey;
  gboolean skipped = g_rand_int_range (generator->rand, 0, 10) == 0;

  sqlite3_bind_int64 (statement, 1, learner_id);
  sqlite3_bind_text (statement, 2, module_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 3, after ? "after" : "before", -1, SQLITE_STATIC);
  sqlite3_bind_int (statement, 4, skipped);
  for (int i = 0; i < 3 && !skipped; i++)
    bind_item (generator, statement, 5 + i, after ? 3 : 1);
  if (after && !skipped)
    bind_item (generator, statement, 8, 2);
  sqlite3_bind_int64 (statement, 9, START_TIME);
  return run (generator, statement, error);
}

/* Lessons in order: every one of the modules before @reached, and part of
 * that one. */
static gboolean
add_lessons (Generator  *generator,
             gint64      learner_id,
             guint       reached,
             GError    **error)
{
  for (guint m = 0; m <= reached && m < hearth_course_get_n_modules (generator->course); m++)
    {
      HearthModule *module = hearth_course_get_module (generator->course, m);
      guint done = m < reached ? module->lessons->len : (guint) g_rand_int_range (generator->rand, 0, module->lessons->len);

      for (guint l = 0; l < module->lessons->len && l <= done; l++)
        {
          sqlite3_bind_int64 (generator->lesson, 1, learner_id);
          sqlite3_bind_text (generator->lesson, 2, module->id, -1, SQLITE_STATIC);
          sqlite3_bind_text (generator->lesson, 3, ((HearthLesson *) g_ptr_array_index (module->lessons, l))->id,
                             -1, SQLITE_STATIC);
          sqlite3_bind_int (generator->lesson, 4, 3);
          if (l < done)
            sqlite3_bind_int64 (generator->lesson, 5, START_TIME + l);
          sqlite3_bind_int64 (generator->lesson, 6, START_TIME + l);
          if (!run (generator, generator->lesson, error))
            return FALSE;
        }

      if (!add_survey (generator, learner_id, module->id, FALSE, error))
        return FALSE;
    }

  return TRUE;
}

/* Attempts at the quizzes of the modules reached, in turn, until @budget
 * answers are written; the last may stop part-way, unfinished, and one in
 * twenty is left unfinished anyway. @finished_modules is set to the modules
 * with a finished quiz, as a bit set. */
static gboolean
add_attempts (Generator  *generator,
              gint64      learner_id,
              guint       reached,
              guint       budget,
              guint      *finished_modules,
              GError    **error)
{
  guint n_modules = MIN (MAX (reached, 1), hearth_course_get_n_modules (generator->course));

  *finished_modules = 0;
  for (guint attempt = 0; budget > 0; attempt++)
    {
      HearthModule *module = hearth_course_get_module (generator->course, attempt % n_modules);
      guint questions = MIN (module->questions->len, budget);
      gboolean finished = questions == module->questions->len && g_rand_int_range (generator->rand, 0, 20) != 0;
      gint64 started_at = START_TIME + attempt * 600;
      gboolean correct[64];
      gint64 attempt_id;
      guint score = 0;

      if (questions == 0)
        break;
      questions = MIN (questions, G_N_ELEMENTS (correct));
      for (guint q = 0; q < questions; q++)
        {
          correct[q] = g_rand_int_range (generator->rand, 0, 4) != 0;
          score += correct[q];
        }

      sqlite3_bind_int64 (generator->attempt, 1, learner_id);
      sqlite3_bind_text (generator->attempt, 2, module->id, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (generator->attempt, 3, started_at);
      if (finished)
        {
          sqlite3_bind_int64 (generator->attempt, 4, started_at + 300);
          sqlite3_bind_int (generator->attempt, 5, (int) score);
          sqlite3_bind_int (generator->attempt, 6, (int) questions);
          *finished_modules |= 1u << (attempt % n_modules);
        }
      if (!run (generator, generator->attempt, error))
        return FALSE;
      attempt_id = sqlite3_last_insert_rowid (generator->db);

      for (guint q = 0; q < questions; q++)
        {
          sqlite3_bind_int64 (generator->answer, 1, attempt_id);
          sqlite3_bind_text (generator->answer, 2, ((HearthQuestion *) g_ptr_array_index (module->questions, q))->id,
                             -1, SQLITE_STATIC);
          sqlite3_bind_text (generator->answer, 3, correct[q] ? "0" : "1", -1, SQLITE_STATIC);
          sqlite3_bind_int (generator->answer, 4, correct[q]);
          sqlite3_bind_int (generator->answer, 5, correct[q] ? 1 : g_rand_int_range (generator->rand, 1, 4));
          sqlite3_bind_int64 (generator->answer, 6, started_at + q * 30);
          if (!run (generator, generator->answer, error))
            return FALSE;
        }
      budget -= questions;
    }

  return TRUE;
}

static gboolean
add_learner (Generator               *generator,
             const HearthBenchShape  *shape,
             guint                    index,
             GError                 **error)
{
  g_autofree char *name = g_strdup_printf (index % 3 == 0 ? "Learner %u" : index % 3 == 1
                                           ? "\xD8\xA2\xD9\x85\xD9\x86\xD8\xA9 %u"        /* آمنة */
                                           : "\xE0\xA6\xB0\xE0\xA6\xB9\xE0\xA6\xBF\xE0\xA6\xAE\xE0\xA6\xBE %u",  /* রহিমা */
                                           index + 1);
  guint n_modules = hearth_course_get_n_modules (generator->course);
  guint reached = (guint) g_rand_int_range (generator->rand, 0, n_modules + 1);
  guint budget = shape->answers / shape->learners + (index < shape->answers % shape->learners ? 1 : 0);
  guint finished_modules;
  gint64 learner_id;

  sqlite3_bind_text (generator->learner, 1, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (generator->learner, 2, languages[index % G_N_ELEMENTS (languages)], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (generator->learner, 3, START_TIME + index);
  /* A distinct code for each: multiplying by an odd number is one-to-one
   * modulo 2^40. */
  sqlite3_bind_int64 (generator->learner, 4, ((gint64) (index + 1) * G_GINT64_CONSTANT (0x9E3779B1)) & G_GINT64_CONSTANT (0xFFFFFFFFFF));
  if (shape->workshops > 0 && index % 10 != 9)
    sqlite3_bind_int64 (generator->learner, 5, 1 + index % shape->workshops);
  if (!run (generator, generator->learner, error))
    return FALSE;
  learner_id = sqlite3_last_insert_rowid (generator->db);

  if (!add_lessons (generator, learner_id, reached, error) ||
      !add_attempts (generator, learner_id, reached, budget, &finished_modules, error))
    return FALSE;

  for (guint m = 0; m < n_modules; m++)
    if ((finished_modules & (1u << m)) != 0 &&
        !add_survey (generator, learner_id, hearth_course_get_module (generator->course, m)->id, TRUE, error))
      return FALSE;

  return TRUE;
}

static gboolean
generate (Generator               *generator,
          const HearthBenchShape  *shape,
          GError                 **error)
{
  if (!prepare (generator, &generator->workshop,
                "INSERT INTO workshops (name, held_on, place, created_at) VALUES (?, ?, 'Community centre', ?)", error) ||
      !prepare (generator, &generator->learner,
                "INSERT INTO learners (display_name, language, avatar, created_at, participant_code, workshop_id) "
                "VALUES (?1, ?2, 'avatar-1', ?3, printf ('%010X', ?4), ?5)", error) ||
      !prepare (generator, &generator->lesson,
                "INSERT INTO lesson_progress (learner_id, module_id, lesson_id, last_step, completed_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", error) ||
      !prepare (generator, &generator->attempt,
                "INSERT INTO quiz_attempts (learner_id, module_id, started_at, finished_at, score, total) "
                "VALUES (?, ?, ?, ?, ?, ?)", error) ||
      !prepare (generator, &generator->answer,
                "INSERT INTO quiz_answers (attempt_id, question_id, chosen, correct, tries, answered_at) "
                "VALUES (?, ?, ?, ?, ?, ?)", error) ||
      !prepare (generator, &generator->survey,
                "INSERT INTO survey_responses (learner_id, module_id, phase, skipped, "
                "  confidence_1, confidence_2, confidence_3, intention, answered_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error))
    return FALSE;

  for (guint w = 0; w < shape->workshops; w++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", workshop_names[w % G_N_ELEMENTS (workshop_names)], w + 1);
      g_autofree char *held_on = g_strdup_printf ("2024-%02u-%02u", 1 + w % 12, 1 + w % 28);

      sqlite3_bind_text (generator->workshop, 1, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (generator->workshop, 2, held_on, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (generator->workshop, 3, START_TIME + w);
      if (!run (generator, generator->workshop, error))
        return FALSE;
    }

  for (guint i = 0; i < shape->learners; i++)
    if (!add_learner (generator, shape, i, error))
      return FALSE;

  return TRUE;
}

gboolean
hearth_bench_generate_profile (const char              *folder,
                               HearthCourse            *course,
                               const HearthBenchShape  *shape,
                               GError                 **error)
{
  g_autoptr(HearthStore) store = NULL;
  g_autofree char *path = NULL;
  Generator generator = { .course = course };
  gboolean ok;

  g_return_val_if_fail (shape->learners > 0, FALSE);

  /* The schema, made as Hearth makes it. */
  store = hearth_store_open (folder, error);
  if (store == NULL)
    return FALSE;
  path = g_strdup (hearth_store_get_path (store));
  g_clear_object (&store);

  if (sqlite3_open (path, &generator.db) != SQLITE_OK)
    return failed (&generator, error);
  generator.rand = g_rand_new_with_seed (shape->seed);

  ok = sqlite3_exec (generator.db, "PRAGMA synchronous = OFF; BEGIN;", NULL, NULL, NULL) == SQLITE_OK
       ? generate (&generator, shape, error) : failed (&generator, error);
  if (ok && sqlite3_exec (generator.db, "COMMIT;", NULL, NULL, NULL) != SQLITE_OK)
    ok = failed (&generator, error);

  sqlite3_finalize (generator.workshop);
  sqlite3_finalize (generator.learner);
  sqlite3_finalize (generator.lesson);
  sqlite3_finalize (generator.attempt);
  sqlite3_finalize (generator.answer);
  sqlite3_finalize (generator.survey);
  sqlite3_close (generator.db);
  g_rand_free (generator.rand);
  return ok;
}

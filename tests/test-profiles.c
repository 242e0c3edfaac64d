/* test-profiles.c: learners' and the trainer's PINs, and the wait after
 * wrong tries, kept across restarts, and ended when the trainer removes a
 * forgotten PIN (erasing a learner is test-erase.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <check.h>
#include <gio/gio.h>
#include <string.h>

#include "hearth-pin.h"
#include "hearth-store-private.h"
#include "hearth-test-check.h"
#include "hearth-test-db.h"

static char *folder;

static void
setup (void)
{
  folder = g_dir_make_tmp ("hearth-profiles-XXXXXX", NULL);
  ck_assert_ptr_nonnull (folder);
}

static void
teardown (void)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", folder);

  ck_assert_int_eq (system (command), 0);
  g_clear_pointer (&folder, g_free);
}

/* Hashing */

START_TEST (test_hash_and_verify)
{
  g_autofree char *hash = hearth_pin_hash ("2580", NULL);
  g_autofree char *again = hearth_pin_hash ("2580", NULL);

  ck_assert_ptr_nonnull (hash);
  ck_assert_ptr_nonnull (again);
  /* Argon2id, with its own salt: never the PIN, never the same twice. */
  ck_assert (g_str_has_prefix (hash, "$argon2id$"));
  ck_assert_str_ne (hash, "2580");
  ck_assert_ptr_null (strstr (hash, "2580"));
  ck_assert_str_ne (hash, again);

  ck_assert (hearth_pin_verify (hash, "2580"));
  ck_assert (hearth_pin_verify (again, "2580"));
  ck_assert (!hearth_pin_verify (hash, "2581"));
  ck_assert (!hearth_pin_verify (hash, "0852"));
  ck_assert (!hearth_pin_verify (hash, "258"));
  ck_assert (!hearth_pin_verify (hash, NULL));
  ck_assert (!hearth_pin_verify (NULL, "2580"));
  ck_assert (!hearth_pin_verify ("not a hash", "2580"));

  /* Typed on an Arabic or a Bengali keyboard, it is the same PIN. */
  ck_assert (hearth_pin_verify (hash, "\u0662\u0665\u0668\u0660"));
  ck_assert (hearth_pin_verify (hash, "\u09E8\u09EB\u09EE\u09E6"));
}
END_TEST

START_TEST (test_format)
{
  const char *refused[] = { "", "123", "12345", "12a4", "abcd", " 1234", "1234 ", "12.4", "-123", "\xff\xfe\x31\x32" };
  g_autoptr(GError) error = NULL;
  g_autofree char *arabic = NULL;
  g_autofree char *bengali = NULL;
  g_autofree char *persian = NULL;

  ck_assert (hearth_pin_check_format ("2580", NULL));
  ck_assert (hearth_pin_check_format ("0000", NULL));

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(GError) why = NULL;

      ck_assert_msg (!hearth_pin_check_format (refused[i], &why), "“%s” was taken as a PIN", refused[i]);
      ck_assert (g_error_matches (why, HEARTH_PIN_ERROR, HEARTH_PIN_ERROR_FORMAT));
      ck_assert_msg (strstr (why->message, "2580") != NULL, "no example in “%s”", why->message);
    }
  ck_assert (!hearth_pin_check_format (NULL, NULL));

  /* The messages say what to do. */
  ck_assert (!hearth_pin_check_format ("123", &error));
  ck_assert_str_eq (error->message, "A PIN is 4 numbers, like 2580.");
  g_clear_error (&error);
  ck_assert (!hearth_pin_check_format ("12a4", &error));
  ck_assert_str_eq (error->message, "A PIN has only numbers, like 2580. Please use the numbers 0 to 9.");
  g_clear_error (&error);

  /* Arabic-Indic ٤٥٦٧ (Arabic keyboards type these), Bengali and Persian
   * digits are taken, as the same numbers in ASCII. */
  ck_assert (hearth_pin_check_format ("\u0664\u0665\u0666\u0667", NULL));
  arabic = hearth_pin_normalize ("\u0664\u0665\u0666\u0667", NULL);
  ck_assert_str_eq (arabic, "4567");
  bengali = hearth_pin_normalize ("\u09E7\u09E8\u09E9\u09EA", NULL);
  ck_assert_str_eq (bengali, "1234");
  persian = hearth_pin_normalize ("\u06F9\u06F8\u06F7\u06F6", NULL);
  ck_assert_str_eq (persian, "9876");
  /* Still four of them. */
  ck_assert (!hearth_pin_check_format ("\u0664\u0665\u0666", NULL));
  ck_assert (!hearth_pin_check_format ("\u0664\u0665\u0666\u0667\u0668", NULL));
}
END_TEST

/* The wait */

START_TEST (test_delay_sequence)
{
  const guint expected[] = { 0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900 };

  ck_assert_uint_eq (HEARTH_PIN_FREE_TRIES, 5);
  for (guint failures = 0; failures < G_N_ELEMENTS (expected); failures++)
    ck_assert_msg (hearth_pin_delay_seconds (failures) == expected[failures],
                   "after %u wrong tries: %u s, expected %u s",
                   failures, hearth_pin_delay_seconds (failures), expected[failures]);

  /* Capped at 15 minutes, however many. */
  ck_assert_uint_eq (hearth_pin_delay_seconds (40), 15 * 60);
  ck_assert_uint_eq (hearth_pin_delay_seconds (G_MAXINT), 15 * 60);
  ck_assert_uint_eq (hearth_pin_delay_seconds (G_MAXUINT), 15 * 60);
}
END_TEST

START_TEST (test_judge)
{
  g_autofree char *hash = hearth_pin_hash ("1357", NULL);
  const gint64 start = 1700000000;
  gint64 now = start;
  gint64 blocked_until = 0;
  guint failures = 0;
  guint wait = 99;

  /* No PIN: always in. */
  ck_assert_int_eq (hearth_pin_judge (NULL, "0000", now, &failures, &blocked_until, &wait), HEARTH_PIN_ACCEPTED);
  ck_assert_uint_eq (failures, 0);

  /* Four wrong tries are free. */
  for (guint i = 1; i < HEARTH_PIN_FREE_TRIES; i++)
    {
      ck_assert_int_eq (hearth_pin_judge (hash, "0000", now, &failures, &blocked_until, &wait), HEARTH_PIN_REFUSED);
      ck_assert_uint_eq (failures, i);
      ck_assert_uint_eq (wait, 0);
      ck_assert_int_eq (blocked_until, 0);
    }

  /* The fifth begins a 30-second wait. */
  ck_assert_int_eq (hearth_pin_judge (hash, "0000", now, &failures, &blocked_until, &wait), HEARTH_PIN_REFUSED);
  ck_assert_uint_eq (failures, 5);
  ck_assert_uint_eq (wait, 30);
  ck_assert_int_eq (blocked_until, now + 30);

  /* While she waits, even the right PIN is not checked, and nothing counts. */
  now += 10;
  ck_assert_int_eq (hearth_pin_judge (hash, "1357", now, &failures, &blocked_until, &wait), HEARTH_PIN_WAIT);
  ck_assert_uint_eq (wait, 20);
  ck_assert_uint_eq (failures, 5);
  ck_assert_int_eq (hearth_pin_judge (hash, "0000", now, &failures, &blocked_until, &wait), HEARTH_PIN_WAIT);
  ck_assert_uint_eq (failures, 5);
  ck_assert_int_eq (blocked_until, start + 30);

  /* After the wait, another wrong try: 60 seconds, then 120. */
  now = start + 30;
  ck_assert_int_eq (hearth_pin_judge (hash, "0000", now, &failures, &blocked_until, &wait), HEARTH_PIN_REFUSED);
  ck_assert_uint_eq (wait, 60);
  now += 60;
  ck_assert_int_eq (hearth_pin_judge (hash, "0000", now, &failures, &blocked_until, &wait), HEARTH_PIN_REFUSED);
  ck_assert_uint_eq (wait, 120);
  ck_assert_uint_eq (failures, 7);

  /* The right PIN, once the wait is over, lets her in and forgets the count. */
  now += 120;
  ck_assert_int_eq (hearth_pin_judge (hash, "1357", now, &failures, &blocked_until, &wait), HEARTH_PIN_ACCEPTED);
  ck_assert_uint_eq (failures, 0);
  ck_assert_int_eq (blocked_until, 0);
  ck_assert_uint_eq (wait, 0);

  /* A clock put back does not make the wait longer than was earned. */
  failures = 5;
  blocked_until = now + 100000;
  ck_assert_int_eq (hearth_pin_judge (hash, "1357", now, &failures, &blocked_until, &wait), HEARTH_PIN_WAIT);
  ck_assert_uint_eq (wait, 30);
}
END_TEST

/* In the profile */

static void
make_wrong_tries (HearthStore *store,
                  gint64       learner_id,
                  guint        n)
{
  for (guint i = 1; i <= n; i++)
    {
      HearthPinVerdict verdict = HEARTH_PIN_ACCEPTED;
      guint wait = 99;
      g_autoptr(GError) error = NULL;

      if (learner_id != 0)
        ck_assert (hearth_store_check_learner_pin (store, learner_id, "9999", &verdict, &wait, &error));
      else
        ck_assert (hearth_store_check_trainer_pin (store, "9999", &verdict, &wait, &error));
      ck_assert_ptr_null (error);
      ck_assert_int_eq (verdict, HEARTH_PIN_REFUSED);
      ck_assert_uint_eq (wait, hearth_pin_delay_seconds (i));
    }
}

START_TEST (test_learner_pin)
{
  g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
  g_autoptr(HearthLearner) amina = hearth_store_add_learner (store, "Amina", "en", "moon", NULL);
  g_autoptr(HearthLearner) rokeya = hearth_store_add_learner (store, "Rokeya", "bn", "star", NULL);
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  gint64 id = hearth_learner_get_id (amina);
  g_autofree char *where = g_strdup_printf ("SELECT pin_failures FROM learners WHERE id = %" G_GINT64_FORMAT, id);
  HearthPinVerdict verdict;
  guint wait;

  ck_assert (!hearth_learner_get_has_pin (amina));
  ck_assert_uint_eq (strlen (hearth_learner_get_participant_code (amina)), 10);
  ck_assert_int_eq (hearth_learner_get_workshop_id (amina), 0);

  /* A badly made PIN is refused with the reason; none is saved. */
  ck_assert (!hearth_store_set_learner_pin (store, id, "123", &error));
  ck_assert (g_error_matches (error, HEARTH_PIN_ERROR, HEARTH_PIN_ERROR_FORMAT));
  g_clear_error (&error);
  ck_assert_int_eq (raw_query_int (folder, "SELECT count(*) FROM learners WHERE pin_hash IS NOT NULL"), 0);

  ck_assert (hearth_store_set_learner_pin (store, id, "\u0662\u0665\u0668\u0660", &error));
  ck_assert_ptr_null (error);
  stored = raw_query_text (folder, "SELECT pin_hash FROM learners WHERE display_name = 'Amina'");
  ck_assert (g_str_has_prefix (stored, "$argon2id$"));
  ck_assert_ptr_null (strstr (stored, "2580"));

  learners = hearth_store_list_learners (store, NULL);
  ck_assert (hearth_learner_get_has_pin (g_ptr_array_index (learners, 0)));
  ck_assert (!hearth_learner_get_has_pin (g_ptr_array_index (learners, 1)));

  /* Right (in either script), wrong, and someone with no PIN. */
  ck_assert (hearth_store_check_learner_pin (store, id, "2580", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_ACCEPTED);
  ck_assert (hearth_store_check_learner_pin (store, hearth_learner_get_id (rokeya), "0000", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_ACCEPTED);

  make_wrong_tries (store, id, 3);
  ck_assert_int_eq (raw_query_int (folder, where), 3);
  /* The right PIN forgets the count. */
  ck_assert (hearth_store_check_learner_pin (store, id, "2580", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_ACCEPTED);
  ck_assert_int_eq (raw_query_int (folder, where), 0);

  /* Five wrong: the fifth begins the wait, kept in the profile. */
  make_wrong_tries (store, id, 5);
  ck_assert_int_eq (raw_query_int (folder, where), 5);
  g_clear_object (&store);

  /* Quitting Hearth does not give fresh tries: still waiting, the right
   * PIN not even checked, a wrong one not counted. */
  store = hearth_store_open (folder, NULL);
  ck_assert (hearth_store_check_learner_pin (store, id, "2580", &verdict, &wait, &error));
  ck_assert_int_eq (verdict, HEARTH_PIN_WAIT);
  ck_assert_uint_gt (wait, 0);
  ck_assert_uint_le (wait, 30);
  ck_assert (hearth_store_check_learner_pin (store, id, "1111", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_WAIT);
  ck_assert_int_eq (raw_query_int (folder, where), 5);
  /* The wait can be shown before she types anything. */
  ck_assert (hearth_store_get_learner_pin_wait (store, id, &wait, NULL));
  ck_assert_uint_gt (wait, 0);
  ck_assert_uint_le (wait, 30);
  ck_assert (hearth_store_get_learner_pin_wait (store, hearth_learner_get_id (rokeya), &wait, NULL));
  ck_assert_uint_eq (wait, 0);

  /* Once the wait is over (as if 30 seconds had passed), the right PIN. */
  raw_exec (folder, "UPDATE learners SET pin_blocked_until = pin_blocked_until - 30");
  ck_assert (hearth_store_check_learner_pin (store, id, "2580", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_ACCEPTED);
  ck_assert_int_eq (raw_query_int (folder, where), 0);
  ck_assert_int_eq (raw_query_int (folder, "SELECT max (pin_blocked_until) FROM learners"), 0);

  /* A new PIN replaces the old; removing it lets any PIN in. */
  ck_assert (hearth_store_set_learner_pin (store, id, "1111", NULL));
  ck_assert (hearth_store_check_learner_pin (store, id, "2580", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_REFUSED);
  ck_assert (hearth_store_set_learner_pin (store, id, NULL, NULL));
  ck_assert_int_eq (raw_query_int (folder, where), 0);
  ck_assert (hearth_store_check_learner_pin (store, id, "0000", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_ACCEPTED);
  g_clear_pointer (&learners, g_ptr_array_unref);
  learners = hearth_store_list_learners (store, NULL);
  ck_assert (!hearth_learner_get_has_pin (g_ptr_array_index (learners, 0)));

  /* Someone erased meanwhile. */
  ck_assert (!hearth_store_check_learner_pin (store, 4242, "2580", &verdict, &wait, &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
  g_clear_error (&error);
  ck_assert (!hearth_store_set_learner_pin (store, 4242, "2580", &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
}
END_TEST

/* She forgot her PIN and tried until she had to wait: her trainer removes
 * it. The wait ends and every try is free again, so she is in at once,
 * and the PIN she chooses next does not start with old wrong tries. */
START_TEST (test_learner_pin_removed)
{
  g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
  g_autoptr(HearthLearner) amina = hearth_store_add_learner (store, "Amina", "en", "moon", NULL);
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = hearth_learner_get_id (amina);
  g_autofree char *failures = g_strdup_printf ("SELECT pin_failures FROM learners WHERE id = %" G_GINT64_FORMAT, id);
  g_autofree char *blocked = g_strdup_printf ("SELECT pin_blocked_until FROM learners WHERE id = %" G_GINT64_FORMAT,
                                              id);
  HearthPinVerdict verdict = HEARTH_PIN_REFUSED;
  guint wait = 0;

  ck_assert (hearth_store_set_learner_pin (store, id, "2580", NULL));
  make_wrong_tries (store, id, 5);
  ck_assert_int_eq (raw_query_int (folder, failures), 5);
  ck_assert_int_gt (raw_query_int (folder, blocked), 0);
  ck_assert (hearth_store_get_learner_pin_wait (store, id, &wait, NULL));
  ck_assert_uint_gt (wait, 0);

  ck_assert (hearth_store_set_learner_pin (store, id, NULL, &error));
  ck_assert_ptr_null (error);
  ck_assert_int_eq (raw_query_int (folder, "SELECT count(*) FROM learners WHERE pin_hash IS NOT NULL"), 0);
  ck_assert_int_eq (raw_query_int (folder, failures), 0);
  ck_assert_int_eq (raw_query_int (folder, blocked), 0);
  learners = hearth_store_list_learners (store, NULL);
  ck_assert (!hearth_learner_get_has_pin (g_ptr_array_index (learners, 0)));
  ck_assert (hearth_store_get_learner_pin_wait (store, id, &wait, NULL));
  ck_assert_uint_eq (wait, 0);
  ck_assert (hearth_store_check_learner_pin (store, id, "0000", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_ACCEPTED);

  /* Her new PIN: the first wrong try is her first, with no wait. */
  ck_assert (hearth_store_set_learner_pin (store, id, "1397", NULL));
  make_wrong_tries (store, id, 1);
  ck_assert (hearth_store_check_learner_pin (store, id, "1397", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_ACCEPTED);
  ck_assert_uint_eq (wait, 0);

  /* Removing the PIN of someone erased meanwhile says so. */
  ck_assert (hearth_store_delete_learner (store, id, NULL));
  ck_assert (!hearth_store_set_learner_pin (store, id, NULL, &error));
  ck_assert (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND));
}
END_TEST

START_TEST (test_trainer_pin)
{
  g_autoptr(HearthStore) store = hearth_store_open (folder, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  gboolean has_pin = TRUE;
  HearthPinVerdict verdict;
  guint wait;

  ck_assert (hearth_store_has_trainer_pin (store, &has_pin, &error));
  ck_assert (!has_pin);

  ck_assert (!hearth_store_set_trainer_pin (store, "12", &error));
  ck_assert (g_error_matches (error, HEARTH_PIN_ERROR, HEARTH_PIN_ERROR_FORMAT));
  g_clear_error (&error);
  ck_assert (hearth_store_has_trainer_pin (store, &has_pin, NULL));
  ck_assert (!has_pin);

  ck_assert (hearth_store_set_trainer_pin (store, "4321", &error));
  ck_assert (hearth_store_has_trainer_pin (store, &has_pin, NULL));
  ck_assert (has_pin);
  stored = raw_query_text (folder, "SELECT value FROM settings WHERE key = 'trainer_pin_hash'");
  ck_assert (g_str_has_prefix (stored, "$argon2id$"));
  ck_assert_ptr_null (strstr (stored, "4321"));

  ck_assert (hearth_store_check_trainer_pin (store, "4321", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_ACCEPTED);

  make_wrong_tries (store, 0, 5);
  ck_assert_int_eq (raw_query_int (folder, "SELECT value FROM settings WHERE key = 'trainer_pin_failures'"), 5);
  g_clear_object (&store);

  store = hearth_store_open (folder, NULL);
  ck_assert (hearth_store_check_trainer_pin (store, "4321", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_WAIT);
  ck_assert_uint_gt (wait, 0);
  ck_assert_uint_le (wait, 30);
  ck_assert_int_eq (raw_query_int (folder, "SELECT value FROM settings WHERE key = 'trainer_pin_failures'"), 5);
  ck_assert (hearth_store_get_trainer_pin_wait (store, &wait, NULL));
  ck_assert_uint_gt (wait, 0);

  raw_exec (folder, "UPDATE settings SET value = value - 30 WHERE key = 'trainer_pin_blocked_until'");
  ck_assert (hearth_store_check_trainer_pin (store, "4321", &verdict, &wait, NULL));
  ck_assert_int_eq (verdict, HEARTH_PIN_ACCEPTED);
  ck_assert_int_eq (raw_query_int (folder, "SELECT value FROM settings WHERE key = 'trainer_pin_failures'"), 0);
  ck_assert (hearth_store_get_trainer_pin_wait (store, &wait, NULL));
  ck_assert_uint_eq (wait, 0);

  /* A learner's PIN is not the trainer's. */
  {
    g_autoptr(HearthLearner) amina = hearth_store_add_learner (store, "Amina", "en", "moon", NULL);

    ck_assert (hearth_store_set_learner_pin (store, hearth_learner_get_id (amina), "1111", NULL));
    ck_assert (hearth_store_check_trainer_pin (store, "1111", &verdict, &wait, NULL));
    ck_assert_int_eq (verdict, HEARTH_PIN_REFUSED);
  }

  ck_assert (hearth_store_set_trainer_pin (store, NULL, NULL));
  ck_assert (hearth_store_has_trainer_pin (store, &has_pin, NULL));
  ck_assert (!has_pin);
}
END_TEST

int
main (void)
{
  Suite *suite = suite_create ("profiles");
  TCase *pins = tcase_create ("pins");
  TCase *store = tcase_create ("store");

  /* Each hash takes a tenth of a second or more on purpose. */
  tcase_set_timeout (pins, 120);
  tcase_add_test (pins, test_hash_and_verify);
  tcase_add_test (pins, test_format);
  tcase_add_test (pins, test_delay_sequence);
  tcase_add_test (pins, test_judge);
  suite_add_tcase (suite, pins);

  tcase_set_timeout (store, 120);
  tcase_add_checked_fixture (store, setup, teardown);
  tcase_add_test (store, test_learner_pin);
  tcase_add_test (store, test_learner_pin_removed);
  tcase_add_test (store, test_trainer_pin);
  suite_add_tcase (suite, store);

  return hearth_test_run_suite (suite);
}

/* hearth-store-pins.c: learners' PINs and the trainer's, and the count of wrong tries
 *
 * Part of HearthStore. Only the hash of a PIN is kept (hearth-pin.c). The
 * count of wrong tries and the time she is blocked until are kept beside it,
 * in the profile, so quitting Hearth and starting it again does not give
 * anyone fresh tries. A check reads, judges and writes them in one
 * transaction, so two windows cannot both use the same free try.
 *
 * A learner's PIN is in her row of learners; the trainer's in settings,
 * under the keys below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "hearth-i18n.h"
#include "hearth-store-internal.h"

#define TRAINER_HASH_KEY          "trainer_pin_hash"
#define TRAINER_FAILURES_KEY      "trainer_pin_failures"
#define TRAINER_BLOCKED_UNTIL_KEY "trainer_pin_blocked_until"

typedef struct
{
  char   *hash;           /* NULL: no PIN */
  guint   failures;
  gint64  blocked_until;  /* Unix seconds */
} PinState;

static void
pin_state_clear (PinState *state)
{
  g_clear_pointer (&state->hash, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PinState, pin_state_clear)

static void
rollback (HearthStore *self)
{
  sqlite3_exec (hearth_store_get_db (self), "ROLLBACK;", NULL, NULL, NULL);
}

/* Judges @pin against @state and, when that changed the count of wrong
 * tries, returns TRUE so the caller saves it. */
static gboolean
judge (PinState         *state,
       const char       *pin,
       HearthPinVerdict *verdict,
       guint            *wait_seconds)
{
  guint failures = state->failures;
  gint64 blocked_until = state->blocked_until;

  *verdict = hearth_pin_judge (state->hash, pin, hearth_store_now (),
                               &state->failures, &state->blocked_until, wait_seconds);
  return failures != state->failures || blocked_until != state->blocked_until;
}

/* Learners */

gboolean
hearth_store_set_learner_pin (HearthStore  *self,
                              gint64        learner_id,
                              const char   *pin,
                              GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  g_autofree char *hash = NULL;
  const char *what = _("Could not save the PIN");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  if (pin != NULL && (hash = hearth_pin_hash (pin, error)) == NULL)
    return FALSE;

  /* A new PIN, or none, starts with every try free. */
  statement = hearth_store_prepare (self,
                                    "UPDATE learners SET pin_hash = ?, pin_failures = 0, pin_blocked_until = 0 "
                                    "WHERE id = ?", what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, hash, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (statement, 2, learner_id);
  return hearth_store_step_done (self, statement, what, error) && hearth_store_check_one_changed (self, what, error);
}

static gboolean
load_learner_pin (HearthStore  *self,
                  gint64        learner_id,
                  PinState     *state,
                  const char   *what,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  int status;

  statement = hearth_store_prepare (self,
                                    "SELECT pin_hash, pin_failures, pin_blocked_until FROM learners WHERE id = ?",
                                    what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, learner_id);
  status = sqlite3_step (statement);
  if (status == SQLITE_DONE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("%s: it is no longer in the list"), what);
      return FALSE;
    }
  if (status != SQLITE_ROW)
    return hearth_store_set_sqlite_error (self, error, what);

  state->hash = g_strdup ((const char *) sqlite3_column_text (statement, 0));
  state->failures = (guint) CLAMP (sqlite3_column_int64 (statement, 1), 0, G_MAXINT);
  state->blocked_until = sqlite3_column_int64 (statement, 2);
  return TRUE;
}

static gboolean
save_learner_pin (HearthStore     *self,
                  gint64           learner_id,
                  const PinState  *state,
                  const char      *what,
                  GError         **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = hearth_store_prepare (self,
                                    "UPDATE learners SET pin_failures = ?, pin_blocked_until = ? WHERE id = ?",
                                    what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_int64 (statement, 1, state->failures);
  sqlite3_bind_int64 (statement, 2, state->blocked_until);
  sqlite3_bind_int64 (statement, 3, learner_id);
  return hearth_store_step_done (self, statement, what, error);
}

/* Checks the PIN she typed. A learner without a PIN is always accepted. */
gboolean
hearth_store_check_learner_pin (HearthStore       *self,
                                gint64             learner_id,
                                const char        *pin,
                                HearthPinVerdict  *verdict,
                                guint             *wait_seconds,
                                GError           **error)
{
  g_auto(PinState) state = { 0 };
  HearthPinVerdict result = HEARTH_PIN_REFUSED;
  const char *what = _("Could not check the PIN");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (verdict != NULL, FALSE);

  if (!hearth_store_exec (self, "BEGIN IMMEDIATE;", what, error))
    return FALSE;

  if (!load_learner_pin (self, learner_id, &state, what, error) ||
      (judge (&state, pin, &result, wait_seconds) &&
       !save_learner_pin (self, learner_id, &state, what, error)) ||
      !hearth_store_exec (self, "COMMIT;", what, error))
    {
      rollback (self);
      return FALSE;
    }

  *verdict = result;
  return TRUE;
}

/* The seconds she must still wait before her next try, 0 when she may try
 * now; for showing the wait before she types anything. */
gboolean
hearth_store_get_learner_pin_wait (HearthStore  *self,
                                   gint64        learner_id,
                                   guint        *wait_seconds,
                                   GError      **error)
{
  g_auto(PinState) state = { 0 };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (wait_seconds != NULL, FALSE);

  if (!load_learner_pin (self, learner_id, &state, _("Could not check the PIN"), error))
    return FALSE;

  *wait_seconds = state.hash != NULL ? hearth_pin_wait_left (state.failures, state.blocked_until, hearth_store_now ()) : 0;
  return TRUE;
}

/* The trainer */

static gboolean
load_trainer_pin (HearthStore  *self,
                  PinState     *state,
                  const char   *what,
                  GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;
  int status;

  statement = hearth_store_prepare (self,
                                    "SELECT key, value FROM settings WHERE key IN ("
                                    "'" TRAINER_HASH_KEY "', '" TRAINER_FAILURES_KEY "', "
                                    "'" TRAINER_BLOCKED_UNTIL_KEY "')",
                                    what, error);
  if (statement == NULL)
    return FALSE;

  while ((status = sqlite3_step (statement)) == SQLITE_ROW)
    {
      const char *key = (const char *) sqlite3_column_text (statement, 0);
      const char *value = (const char *) sqlite3_column_text (statement, 1);

      if (g_strcmp0 (key, TRAINER_HASH_KEY) == 0)
        {
          g_free (state->hash);
          state->hash = g_strdup (value);
        }
      else if (g_strcmp0 (key, TRAINER_FAILURES_KEY) == 0)
        state->failures = (guint) CLAMP (g_ascii_strtoll (value, NULL, 10), 0, G_MAXINT);
      else
        state->blocked_until = g_ascii_strtoll (value, NULL, 10);
    }

  if (status != SQLITE_DONE)
    return hearth_store_set_sqlite_error (self, error, what);
  return TRUE;
}

static gboolean
save_setting (HearthStore  *self,
              const char   *key,
              const char   *value,
              const char   *what,
              GError      **error)
{
  g_autoptr(sqlite3_stmt) statement = NULL;

  statement = hearth_store_prepare (self,
                                    "INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                                    what, error);
  if (statement == NULL)
    return FALSE;

  sqlite3_bind_text (statement, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (statement, 2, value, -1, SQLITE_TRANSIENT);
  return hearth_store_step_done (self, statement, what, error);
}

static gboolean
save_trainer_tries (HearthStore     *self,
                    const PinState  *state,
                    const char      *what,
                    GError         **error)
{
  char failures[G_ASCII_DTOSTR_BUF_SIZE];
  char blocked_until[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (failures, sizeof failures, "%u", state->failures);
  g_snprintf (blocked_until, sizeof blocked_until, "%" G_GINT64_FORMAT, state->blocked_until);
  return save_setting (self, TRAINER_FAILURES_KEY, failures, what, error) &&
         save_setting (self, TRAINER_BLOCKED_UNTIL_KEY, blocked_until, what, error);
}

gboolean
hearth_store_has_trainer_pin (HearthStore  *self,
                              gboolean     *has_pin,
                              GError      **error)
{
  g_auto(PinState) state = { 0 };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (has_pin != NULL, FALSE);

  if (!load_trainer_pin (self, &state, _("Could not read the trainer’s settings"), error))
    return FALSE;

  *has_pin = state.hash != NULL;
  return TRUE;
}

gboolean
hearth_store_get_trainer_pin_wait (HearthStore  *self,
                                   guint        *wait_seconds,
                                   GError      **error)
{
  g_auto(PinState) state = { 0 };

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (wait_seconds != NULL, FALSE);

  if (!load_trainer_pin (self, &state, _("Could not check the PIN"), error))
    return FALSE;

  *wait_seconds = state.hash != NULL ? hearth_pin_wait_left (state.failures, state.blocked_until, hearth_store_now ()) : 0;
  return TRUE;
}

/* Sets the trainer's PIN, with every try free again; NULL removes it. */
gboolean
hearth_store_set_trainer_pin (HearthStore  *self,
                              const char   *pin,
                              GError      **error)
{
  g_autofree char *hash = NULL;
  const PinState fresh = { 0 };
  const char *what = _("Could not save the PIN");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);

  if (pin != NULL && (hash = hearth_pin_hash (pin, error)) == NULL)
    return FALSE;

  if (!hearth_store_exec (self, "BEGIN IMMEDIATE;", what, error))
    return FALSE;

  if ((hash != NULL && !save_setting (self, TRAINER_HASH_KEY, hash, what, error)) ||
      (hash == NULL && !hearth_store_exec (self, "DELETE FROM settings WHERE key = '" TRAINER_HASH_KEY "';",
                                           what, error)) ||
      !save_trainer_tries (self, &fresh, what, error) ||
      !hearth_store_exec (self, "COMMIT;", what, error))
    {
      rollback (self);
      return FALSE;
    }

  return TRUE;
}

/* Checks the trainer's PIN; with none set, any PIN is accepted (the caller
 * asks for a new one first, with hearth_store_has_trainer_pin()). */
gboolean
hearth_store_check_trainer_pin (HearthStore       *self,
                                const char        *pin,
                                HearthPinVerdict  *verdict,
                                guint             *wait_seconds,
                                GError           **error)
{
  g_auto(PinState) state = { 0 };
  HearthPinVerdict result = HEARTH_PIN_REFUSED;
  const char *what = _("Could not check the PIN");

  g_return_val_if_fail (HEARTH_IS_STORE (self), FALSE);
  g_return_val_if_fail (verdict != NULL, FALSE);

  if (!hearth_store_exec (self, "BEGIN IMMEDIATE;", what, error))
    return FALSE;

  if (!load_trainer_pin (self, &state, what, error) ||
      (judge (&state, pin, &result, wait_seconds) && !save_trainer_tries (self, &state, what, error)) ||
      !hearth_store_exec (self, "COMMIT;", what, error))
    {
      rollback (self);
      return FALSE;
    }

  *verdict = result;
  return TRUE;
}

/* hearth-pin.c: 4-digit PINs, hashed with libsodium, and the wait after wrong tries
 *
 * A PIN keeps one learner's lessons from the next person at a shared laptop;
 * it is 4 digits because the learners are not used to passwords. So few
 * digits are guessed quickly by a program unless each guess is slow: the
 * hash is Argon2id (crypto_pwhash_str, with its own random salt), and the
 * store makes her wait after HEARTH_PIN_FREE_TRIES wrong tries, longer each
 * time, so a person guessing at the keyboard gives up long before 10,000.
 *
 * Digits from any script count (Arabic-Indic ٤٥٦٧ from an Arabic keyboard,
 * Bengali ৪৫৬৭ from a Bengali one): they are turned into ASCII digits before
 * hashing, so a PIN typed on either keyboard is the same PIN.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-pin.h"

#include <sodium.h>
#include <string.h>

#include "hearth-i18n.h"

G_DEFINE_QUARK (hearth-pin-error-quark, hearth_pin_error)

/* sodium_init() must run once before any other call; g_once makes that safe
 * from any thread. It fails only without a source of randomness. */
static gboolean
ensure_sodium (void)
{
  static gsize initialised = 0;
  static gboolean ready = FALSE;

  if (g_once_init_enter (&initialised))
    {
      ready = sodium_init () >= 0;
      g_once_init_leave (&initialised, 1);
    }

  return ready;
}

/* Returns the PIN as 4 ASCII digits, or NULL with a message saying what is
 * wrong with it. */
char *
hearth_pin_normalize (const char  *pin,
                      GError     **error)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  guint n_chars = 0;

  if (pin == NULL || *pin == '\0')
    {
      g_set_error_literal (error, HEARTH_PIN_ERROR, HEARTH_PIN_ERROR_FORMAT,
                           _("Please type a PIN of 4 numbers, like 2580."));
      return NULL;
    }

  if (!g_utf8_validate (pin, -1, NULL))
    {
      g_set_error_literal (error, HEARTH_PIN_ERROR, HEARTH_PIN_ERROR_FORMAT,
                           _("A PIN has only numbers, like 2580. Please use the numbers 0 to 9."));
      return NULL;
    }

  for (const char *p = pin; *p != '\0'; p = g_utf8_next_char (p))
    {
      int value = g_unichar_digit_value (g_utf8_get_char (p));

      if (value < 0)
        {
          g_set_error_literal (error, HEARTH_PIN_ERROR, HEARTH_PIN_ERROR_FORMAT,
                               _("A PIN has only numbers, like 2580. Please use the numbers 0 to 9."));
          return NULL;
        }
      g_string_append_c (digits, '0' + value);
      n_chars++;
    }

  if (n_chars != HEARTH_PIN_LENGTH)
    {
      g_set_error_literal (error, HEARTH_PIN_ERROR, HEARTH_PIN_ERROR_FORMAT,
                           _("A PIN is 4 numbers, like 2580."));
      return NULL;
    }

  return g_string_free (g_steal_pointer (&digits), FALSE);
}

/* Exactly 4 digits, in ASCII or any other script's digits. */
gboolean
hearth_pin_check_format (const char  *pin,
                         GError     **error)
{
  g_autofree char *digits = hearth_pin_normalize (pin, error);

  return digits != NULL;
}

/* Returns the Argon2id hash of the PIN as libsodium's self-describing string
 * (algorithm, limits, salt, hash), to be kept instead of the PIN. */
char *
hearth_pin_hash (const char  *pin,
                 GError     **error)
{
  g_autofree char *digits = hearth_pin_normalize (pin, error);
  char hash[crypto_pwhash_STRBYTES];

  if (digits == NULL)
    return NULL;

  /* INTERACTIVE limits: about a tenth of a second and 64 MiB a try, slow
   * enough to make guessing 10,000 PINs a matter of many minutes of
   * computing, quick enough for an old laptop signing a learner in. */
  if (!ensure_sodium () ||
      crypto_pwhash_str (hash, digits, strlen (digits),
                         crypto_pwhash_OPSLIMIT_INTERACTIVE,
                         crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    {
      g_set_error_literal (error, HEARTH_PIN_ERROR, HEARTH_PIN_ERROR_FAILED,
                           _("Hearth could not keep the PIN safely, because the computer is short "
                             "of memory. Close other programs and try again."));
      return NULL;
    }

  return g_strdup (hash);
}

gboolean
hearth_pin_verify (const char *hash,
                   const char *pin)
{
  g_autofree char *digits = hearth_pin_normalize (pin, NULL);

  if (hash == NULL || digits == NULL || strlen (hash) >= crypto_pwhash_STRBYTES)
    return FALSE;

  return ensure_sodium () && crypto_pwhash_str_verify (hash, digits, strlen (digits)) == 0;
}

/* How long she must wait after @failures wrong tries in a row: nothing for
 * the first HEARTH_PIN_FREE_TRIES - 1, then 30 seconds, 60, 120, … up to
 * 15 minutes. */
guint
hearth_pin_delay_seconds (guint failures)
{
  guint doublings;

  if (failures < HEARTH_PIN_FREE_TRIES)
    return 0;

  doublings = failures - HEARTH_PIN_FREE_TRIES;
  /* 30 << 5 is already past the cap; stop before the shift overflows. */
  if (doublings >= 5)
    return HEARTH_PIN_MAX_WAIT;

  return MIN ((guint) HEARTH_PIN_FIRST_WAIT << doublings, (guint) HEARTH_PIN_MAX_WAIT);
}

/* The seconds she must still wait at @now, 0 when she may try. Never more
 * than her wrong tries earned: a clock that was set back must not lock her
 * out for days. */
guint
hearth_pin_wait_left (guint  failures,
                      gint64 blocked_until,
                      gint64 now)
{
  if (blocked_until <= now)
    return 0;

  return (guint) MIN (blocked_until - now, (gint64) hearth_pin_delay_seconds (failures));
}

/* Decides one try of @pin against @hash at time @now (Unix seconds), and
 * updates the count of wrong tries and the time she is blocked until, which
 * the caller keeps. While she is blocked the PIN is not even checked, so
 * trying during the wait tells nothing. On a wrong PIN @wait_seconds is the
 * wait that now begins, 0 while tries are still free. A @hash of NULL means
 * no PIN: always accepted. */
HearthPinVerdict
hearth_pin_judge (const char *hash,
                  const char *pin,
                  gint64      now,
                  guint      *failures,
                  gint64     *blocked_until,
                  guint      *wait_seconds)
{
  guint delay;
  guint left;

  g_return_val_if_fail (failures != NULL && blocked_until != NULL, HEARTH_PIN_REFUSED);

  if (wait_seconds != NULL)
    *wait_seconds = 0;

  if (hash == NULL)
    return HEARTH_PIN_ACCEPTED;

  left = hearth_pin_wait_left (*failures, *blocked_until, now);
  if (left > 0)
    {
      if (wait_seconds != NULL)
        *wait_seconds = left;
      return HEARTH_PIN_WAIT;
    }

  if (hearth_pin_verify (hash, pin))
    {
      *failures = 0;
      *blocked_until = 0;
      return HEARTH_PIN_ACCEPTED;
    }

  if (*failures < G_MAXINT)
    *failures += 1;
  delay = hearth_pin_delay_seconds (*failures);
  *blocked_until = delay > 0 ? now + delay : 0;
  if (wait_seconds != NULL)
    *wait_seconds = delay;
  return HEARTH_PIN_REFUSED;
}

/* bench-pin.c: how long hashing and checking one PIN takes on this machine
 *
 * Argon2id with libsodium's INTERACTIVE limits is slow on purpose; this says
 * how slow, as a learner signing in feels it. Measured, never asserted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "hearth-pin.h"

#define ROUNDS 5

int
main (void)
{
  gint64 hash_total = 0, verify_total = 0;
  gint64 hash_best = G_MAXINT64, verify_best = G_MAXINT64;

  for (guint i = 0; i < ROUNDS; i++)
    {
      g_autofree char *hash = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 hashed, verified;

      hash = hearth_pin_hash ("2580", NULL);
      hashed = g_get_monotonic_time ();
      if (hash == NULL || !hearth_pin_verify (hash, "2580"))
        return 1;
      verified = g_get_monotonic_time ();

      hash_total += hashed - start;
      verify_total += verified - hashed;
      hash_best = MIN (hash_best, hashed - start);
      verify_best = MIN (verify_best, verified - hashed);
    }

  g_print ("crypto_pwhash_str (INTERACTIVE): mean %.0f ms, best %.0f ms over %d\n",
           hash_total / 1000.0 / ROUNDS, hash_best / 1000.0, ROUNDS);
  g_print ("crypto_pwhash_str_verify: mean %.0f ms, best %.0f ms over %d\n",
           verify_total / 1000.0 / ROUNDS, verify_best / 1000.0, ROUNDS);
  return 0;
}

/* hearth-pin.h: 4-digit PINs, hashed with libsodium, and the wait after wrong tries
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HEARTH_PIN_ERROR (hearth_pin_error_quark ())

typedef enum
{
  HEARTH_PIN_ERROR_FORMAT,   /* not 4 digits */
  HEARTH_PIN_ERROR_FAILED,   /* hashing failed (out of memory) */
} HearthPinError;

#define HEARTH_PIN_LENGTH      4
/* Wrong tries before the first wait; HEARTH_PIN_FIRST_WAIT seconds after the
 * last free one, doubling with each wrong try after, up to HEARTH_PIN_MAX_WAIT. */
#define HEARTH_PIN_FREE_TRIES  5
#define HEARTH_PIN_FIRST_WAIT  30
#define HEARTH_PIN_MAX_WAIT    (15 * 60)

typedef enum
{
  HEARTH_PIN_ACCEPTED,  /* the right PIN, or she has none */
  HEARTH_PIN_REFUSED,   /* a wrong PIN; with a wait when that was one try too many */
  HEARTH_PIN_WAIT,      /* not checked: too many wrong tries, she must wait first */
} HearthPinVerdict;

GQuark           hearth_pin_error_quark   (void);

gboolean         hearth_pin_check_format  (const char  *pin,
                                           GError     **error);
char            *hearth_pin_normalize     (const char  *pin,
                                           GError     **error);
char            *hearth_pin_hash          (const char  *pin,
                                           GError     **error);
gboolean         hearth_pin_verify        (const char  *hash,
                                           const char  *pin);
guint            hearth_pin_delay_seconds (guint        failures);
guint            hearth_pin_wait_left     (guint        failures,
                                           gint64       blocked_until,
                                           gint64       now);
HearthPinVerdict hearth_pin_judge         (const char  *hash,
                                           const char  *pin,
                                           gint64       now,
                                           guint       *failures,
                                           gint64      *blocked_until,
                                           guint       *wait_seconds);

G_END_DECLS

/* hearth-workshop.h: one workshop a trainer runs: its name, date and place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define HEARTH_WORKSHOP_ERROR (hearth_workshop_error_quark ())

typedef enum
{
  HEARTH_WORKSHOP_ERROR_NAME,       /* empty, or too long */
  HEARTH_WORKSHOP_ERROR_SAME_NAME,  /* another workshop has it */
  HEARTH_WORKSHOP_ERROR_DATE,       /* not a real day written YYYY-MM-DD */
  HEARTH_WORKSHOP_ERROR_PLACE,      /* too long */
} HearthWorkshopError;

#define HEARTH_WORKSHOP_NAME_MAX_CHARS 80
#define HEARTH_WORKSHOP_PLACE_MAX_CHARS 120

typedef struct
{
  gint64  id;
  char   *name;
  char   *held_on;  /* YYYY-MM-DD */
  char   *place;    /* "" when not given */
} HearthWorkshop;

GQuark          hearth_workshop_error_quark  (void);
HearthWorkshop *hearth_workshop_new          (gint64          id,
                                              const char     *name,
                                              const char     *held_on,
                                              const char     *place);
void            hearth_workshop_free         (HearthWorkshop *workshop);
gboolean        hearth_workshop_check        (const char     *name,
                                              const char     *held_on,
                                              const char     *place,
                                              GError        **error);
gboolean        hearth_workshop_parse_date   (const char     *held_on,
                                              GDate          *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthWorkshop, hearth_workshop_free)

G_END_DECLS

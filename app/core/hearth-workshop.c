/* hearth-workshop.c: one workshop a trainer runs: its name, date and place
 *
 * A workshop's name is how a trainer finds it again, in the dashboard and
 * with `hearth --export-report --workshop NAME`, so it must have something
 * in it; it may be in any script. The date is kept as YYYY-MM-DD, which
 * sorts as text and reads the same in every language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-i18n.h"
#include "hearth-workshop.h"

#include <string.h>

G_DEFINE_QUARK (hearth-workshop-error-quark, hearth_workshop_error)

HearthWorkshop *
hearth_workshop_new (gint64      id,
                     const char *name,
                     const char *held_on,
                     const char *place)
{
  HearthWorkshop *workshop = g_new0 (HearthWorkshop, 1);

  workshop->id = id;
  workshop->name = g_strdup (name);
  workshop->held_on = g_strdup (held_on);
  workshop->place = g_strdup (place != NULL ? place : "");
  return workshop;
}

void
hearth_workshop_free (HearthWorkshop *workshop)
{
  if (workshop == NULL)
    return;

  g_free (workshop->name);
  g_free (workshop->held_on);
  g_free (workshop->place);
  g_free (workshop);
}

static gboolean
looks_like_a_date (const char *held_on)
{
  if (held_on == NULL || strlen (held_on) != 10 || held_on[4] != '-' || held_on[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (held_on[i]))
      return FALSE;
  return TRUE;
}

/* Reads "YYYY-MM-DD", and only that: g_date_set_parse() would also take
 * "3/4/24", whose meaning depends on the country. FALSE when it is not a
 * day that exists, such as 2023-02-29. */
gboolean
hearth_workshop_parse_date (const char *held_on,
                            GDate      *date)
{
  guint year, month, day;

  if (!looks_like_a_date (held_on))
    return FALSE;

  year = g_ascii_strtoull (held_on, NULL, 10);
  month = g_ascii_strtoull (held_on + 5, NULL, 10);
  day = g_ascii_strtoull (held_on + 8, NULL, 10);
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  if (date != NULL)
    g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/* The name is checked as it will be kept: without spaces at either end. */
gboolean
hearth_workshop_check (const char  *name,
                       const char  *held_on,
                       const char  *place,
                       GError     **error)
{
  g_autofree char *stripped = NULL;

  if (name == NULL || !g_utf8_validate (name, -1, NULL) ||
      *(stripped = g_strstrip (g_strdup (name))) == '\0')
    {
      g_set_error_literal (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_NAME,
                           _("Please give the workshop a name."));
      return FALSE;
    }

  if (g_utf8_strlen (stripped, -1) > HEARTH_WORKSHOP_NAME_MAX_CHARS)
    {
      g_set_error (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_NAME,
                   ngettext ("A workshop name can have at most %d letter. Please make it shorter.",
                             "A workshop name can have at most %d letters. Please make it shorter.",
                             HEARTH_WORKSHOP_NAME_MAX_CHARS),
                   HEARTH_WORKSHOP_NAME_MAX_CHARS);
      return FALSE;
    }

  if (!looks_like_a_date (held_on))
    {
      g_set_error_literal (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_DATE,
                           /* Translators: keep the date as it is: it is typed with these digits */
                           _("Please type the date as year, month and day, like this: 2024-03-21."));
      return FALSE;
    }

  if (!hearth_workshop_parse_date (held_on, NULL))
    {
      g_set_error (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_DATE,
                   /* Translators: %s is a date as typed, such as 2023-02-30 */
                   _("There is no day %s in the calendar. Please check the month and the day."),
                   held_on);
      return FALSE;
    }

  if (place != NULL &&
      (!g_utf8_validate (place, -1, NULL) || g_utf8_strlen (place, -1) > HEARTH_WORKSHOP_PLACE_MAX_CHARS))
    {
      g_set_error (error, HEARTH_WORKSHOP_ERROR, HEARTH_WORKSHOP_ERROR_PLACE,
                   ngettext ("A place can have at most %d letter. Please make it shorter.",
                             "A place can have at most %d letters. Please make it shorter.",
                             HEARTH_WORKSHOP_PLACE_MAX_CHARS),
                   HEARTH_WORKSHOP_PLACE_MAX_CHARS);
      return FALSE;
    }

  return TRUE;
}

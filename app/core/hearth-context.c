/* hearth-context.c: what every screen shares: course, profile, learner, language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-context.h"
#include "hearth-language.h"
#include "hearth-paths.h"

#include <libintl.h>
#include <locale.h>

struct _HearthContext
{
  GObject        parent_instance;

  HearthCourse  *course;
  HearthStore   *store;        /* NULL when the profile could not be opened */
  GError        *store_error;
  HearthLearner *learner;      /* NULL until someone is chosen */
  char          *language;
};

G_DEFINE_FINAL_TYPE (HearthContext, hearth_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LEARNER,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hearth_context_finalize (GObject *object)
{
  HearthContext *self = HEARTH_CONTEXT (object);

  g_clear_object (&self->course);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_object (&self->learner);
  g_free (self->language);

  G_OBJECT_CLASS (hearth_context_parent_class)->finalize (object);
}

static void
hearth_context_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HearthContext *self = HEARTH_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_LEARNER:
      g_value_set_object (value, self->learner);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_context_class_init (HearthContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_context_finalize;
  object_class->get_property = hearth_context_get_property;

  properties[PROP_LEARNER] =
    g_param_spec_object ("learner", NULL, NULL, HEARTH_TYPE_LEARNER,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_context_init (HearthContext *self)
{
}

char *
hearth_default_data_dir (void)
{
  /* A portable copy, on a USB stick say, keeps the profile beside itself. */
  char *portable_dir = hearth_paths_get_portable_dir ();

  if (portable_dir != NULL)
    return portable_dir;

  return g_build_filename (g_get_user_data_dir (), "hearth", NULL);
}

/* Sets up gettext once at start-up. Hearth picks its language itself
 * (through LANGUAGE), so no locale for it need be installed; but gettext
 * ignores LANGUAGE in the plain "C" locale, so fall back to C.UTF-8, which
 * every system has. */
void
hearth_i18n_init (void)
{
  g_autofree char *localedir = hearth_paths_get_locale_dir ();

  if (setlocale (LC_ALL, "") == NULL ||
      g_strcmp0 (setlocale (LC_MESSAGES, NULL), "C") == 0 ||
      g_strcmp0 (setlocale (LC_MESSAGES, NULL), "POSIX") == 0)
    setlocale (LC_ALL, "C.UTF-8");

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* GLib decides at its first lookup, once for the whole process, whether
   * to translate at all (GtkBuilder's templates go through it), and decides
   * "no" when that lookup finds no catalogue, as it does in English. Make
   * that first lookup with a catalogue in place, so every later language
   * change reaches the templates too. */
  {
    g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));

    g_setenv ("LANGUAGE", "ar", TRUE);
    textdomain (GETTEXT_PACKAGE);
    g_dgettext (GETTEXT_PACKAGE, "");
    if (language != NULL)
      g_setenv ("LANGUAGE", language, TRUE);
    else
      g_unsetenv ("LANGUAGE");
    textdomain (GETTEXT_PACKAGE);
  }
}

/* Switches the language gettext answers in, at run time. No locale for the
 * language need be installed: with LANG=C.UTF-8, LANGUAGE alone chooses the
 * catalogue, and calling textdomain() again makes gettext drop the
 * translations it had cached for the previous language. */
void
hearth_apply_ui_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  textdomain (GETTEXT_PACKAGE);
}

/* Opens the profile in @data_dir (the user's data folder when NULL) and the
 * course in @course_dir (the built-in course when NULL). Neither can fail
 * here: a profile that cannot be opened is kept as an error for the window to
 * explain, and course problems stay in the course for the same reason. */
HearthContext *
hearth_context_new (const char *data_dir,
                    const char *course_dir)
{
  HearthContext *self = g_object_new (HEARTH_TYPE_CONTEXT, NULL);
  g_autofree char *default_dir = NULL;

  self->course = hearth_course_new ();
  if (course_dir != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!hearth_course_load_directory (self->course, course_dir, &error))
        g_ptr_array_add (hearth_course_get_problems (self->course),
                         g_strdup_printf ("%s: %s", course_dir, error->message));
    }
  else
    hearth_course_load_resources (self->course, HEARTH_COURSE_RESOURCE_PATH);

  if (data_dir == NULL)
    data_dir = default_dir = hearth_default_data_dir ();
  self->store = hearth_store_open (data_dir, &self->store_error);

  self->language = g_strdup (hearth_language_from_locale (g_get_language_names ()));
  return self;
}

HearthCourse *
hearth_context_get_course (HearthContext *self)
{
  g_return_val_if_fail (HEARTH_IS_CONTEXT (self), NULL);
  return self->course;
}

HearthStore *
hearth_context_get_store (HearthContext *self)
{
  g_return_val_if_fail (HEARTH_IS_CONTEXT (self), NULL);
  return self->store;
}

const GError *
hearth_context_get_store_error (HearthContext *self)
{
  g_return_val_if_fail (HEARTH_IS_CONTEXT (self), NULL);
  return self->store_error;
}

HearthLearner *
hearth_context_get_learner (HearthContext *self)
{
  g_return_val_if_fail (HEARTH_IS_CONTEXT (self), NULL);
  return self->learner;
}

/* Choosing a learner also switches to her language. */
void
hearth_context_set_learner (HearthContext *self,
                            HearthLearner *learner)
{
  g_return_if_fail (HEARTH_IS_CONTEXT (self));
  g_return_if_fail (learner == NULL || HEARTH_IS_LEARNER (learner));

  if (!g_set_object (&self->learner, learner))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEARNER]);
  if (learner != NULL)
    hearth_context_set_language (self, hearth_learner_get_language (learner), NULL);
}

const char *
hearth_context_get_language (HearthContext *self)
{
  g_return_val_if_fail (HEARTH_IS_CONTEXT (self), NULL);
  return self->language;
}

/* Changes the language of the interface and the content, and remembers it as
 * the learner's choice when someone is learning. */
gboolean
hearth_context_set_language (HearthContext  *self,
                             const char     *language,
                             GError        **error)
{
  g_return_val_if_fail (HEARTH_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (hearth_language_lookup (language) != NULL, FALSE);

  if (self->learner != NULL && self->store != NULL &&
      g_strcmp0 (hearth_learner_get_language (self->learner), language) != 0 &&
      !hearth_store_set_learner_language (self->store, self->learner, language, error))
    return FALSE;

  if (g_strcmp0 (self->language, language) == 0)
    return TRUE;

  g_free (self->language);
  self->language = g_strdup (language);
  hearth_apply_ui_language (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
  return TRUE;
}


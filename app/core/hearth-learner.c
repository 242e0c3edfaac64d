/* hearth-learner.c: one person learning with Hearth
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-learner.h"

struct _HearthLearner
{
  GObject  parent_instance;

  gint64   id;
  char    *display_name;
  char    *language;
  char    *avatar;
  gboolean has_pin;
  char    *participant_code;
  gint64   workshop_id;
};

G_DEFINE_FINAL_TYPE (HearthLearner, hearth_learner, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DISPLAY_NAME,
  PROP_LANGUAGE,
  PROP_AVATAR,
  PROP_HAS_PIN,
  PROP_PARTICIPANT_CODE,
  PROP_WORKSHOP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hearth_learner_finalize (GObject *object)
{
  HearthLearner *self = HEARTH_LEARNER (object);

  g_free (self->display_name);
  g_free (self->language);
  g_free (self->avatar);
  g_free (self->participant_code);

  G_OBJECT_CLASS (hearth_learner_parent_class)->finalize (object);
}

static void
hearth_learner_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  HearthLearner *self = HEARTH_LEARNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_DISPLAY_NAME:
      g_value_set_string (value, self->display_name);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;
    case PROP_AVATAR:
      g_value_set_string (value, self->avatar);
      break;
    case PROP_HAS_PIN:
      g_value_set_boolean (value, self->has_pin);
      break;
    case PROP_PARTICIPANT_CODE:
      g_value_set_string (value, self->participant_code);
      break;
    case PROP_WORKSHOP_ID:
      g_value_set_int64 (value, self->workshop_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_learner_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  HearthLearner *self = HEARTH_LEARNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;
    case PROP_DISPLAY_NAME:
      hearth_learner_set_display_name (self, g_value_get_string (value));
      break;
    case PROP_LANGUAGE:
      hearth_learner_set_language (self, g_value_get_string (value));
      break;
    case PROP_AVATAR:
      hearth_learner_set_avatar (self, g_value_get_string (value));
      break;
    case PROP_HAS_PIN:
      hearth_learner_set_has_pin (self, g_value_get_boolean (value));
      break;
    case PROP_PARTICIPANT_CODE:
      g_free (self->participant_code);
      self->participant_code = g_value_dup_string (value);
      break;
    case PROP_WORKSHOP_ID:
      hearth_learner_set_workshop_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_learner_class_init (HearthLearnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_learner_finalize;
  object_class->get_property = hearth_learner_get_property;
  object_class->set_property = hearth_learner_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_NAME] =
    g_param_spec_string ("display-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "en",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AVATAR] =
    g_param_spec_string ("avatar", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_PIN] =
    g_param_spec_boolean ("has-pin", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Random and stable, for the anonymised report; never shown to learners. */
  properties[PROP_PARTICIPANT_CODE] =
    g_param_spec_string ("participant-code", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* 0 when she is in no workshop. */
  properties[PROP_WORKSHOP_ID] =
    g_param_spec_int64 ("workshop-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hearth_learner_init (HearthLearner *self)
{
}

HearthLearner *
hearth_learner_new (gint64      id,
                    const char *display_name,
                    const char *language,
                    const char *avatar)
{
  return g_object_new (HEARTH_TYPE_LEARNER,
                       "id", id,
                       "display-name", display_name,
                       "language", language,
                       "avatar", avatar,
                       NULL);
}

gint64
hearth_learner_get_id (HearthLearner *self)
{
  g_return_val_if_fail (HEARTH_IS_LEARNER (self), 0);
  return self->id;
}

const char *
hearth_learner_get_display_name (HearthLearner *self)
{
  g_return_val_if_fail (HEARTH_IS_LEARNER (self), NULL);
  return self->display_name;
}

const char *
hearth_learner_get_language (HearthLearner *self)
{
  g_return_val_if_fail (HEARTH_IS_LEARNER (self), NULL);
  return self->language;
}

void
hearth_learner_set_language (HearthLearner *self,
                             const char    *language)
{
  g_return_if_fail (HEARTH_IS_LEARNER (self));

  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
hearth_learner_get_avatar (HearthLearner *self)
{
  g_return_val_if_fail (HEARTH_IS_LEARNER (self), NULL);
  return self->avatar;
}

void
hearth_learner_set_display_name (HearthLearner *self,
                                 const char    *display_name)
{
  g_return_if_fail (HEARTH_IS_LEARNER (self));

  if (g_strcmp0 (self->display_name, display_name) == 0)
    return;

  g_free (self->display_name);
  self->display_name = g_strdup (display_name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISPLAY_NAME]);
}

void
hearth_learner_set_avatar (HearthLearner *self,
                           const char    *avatar)
{
  g_return_if_fail (HEARTH_IS_LEARNER (self));

  if (g_strcmp0 (self->avatar, avatar) == 0)
    return;

  g_free (self->avatar);
  self->avatar = g_strdup (avatar);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AVATAR]);
}

gboolean
hearth_learner_get_has_pin (HearthLearner *self)
{
  g_return_val_if_fail (HEARTH_IS_LEARNER (self), FALSE);
  return self->has_pin;
}

void
hearth_learner_set_has_pin (HearthLearner *self,
                            gboolean       has_pin)
{
  g_return_if_fail (HEARTH_IS_LEARNER (self));

  has_pin = !!has_pin;
  if (self->has_pin == has_pin)
    return;

  self->has_pin = has_pin;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_PIN]);
}

const char *
hearth_learner_get_participant_code (HearthLearner *self)
{
  g_return_val_if_fail (HEARTH_IS_LEARNER (self), NULL);
  return self->participant_code;
}

gint64
hearth_learner_get_workshop_id (HearthLearner *self)
{
  g_return_val_if_fail (HEARTH_IS_LEARNER (self), 0);
  return self->workshop_id;
}

void
hearth_learner_set_workshop_id (HearthLearner *self,
                                gint64         workshop_id)
{
  g_return_if_fail (HEARTH_IS_LEARNER (self));

  if (self->workshop_id == workshop_id)
    return;

  self->workshop_id = workshop_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSHOP_ID]);
}

/* hearth-ui-util.c: small widget helpers the pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include "hearth-course.h"
#include "hearth-language.h"
#include "hearth-ui-util.h"

/* Pictures, never photos: a learner who cannot read finds her own tile by
 * its picture. */
static const char * const avatar_names[] = {
  "flower", "moon", "bird", "teacup", "tree", "star", "fish", "sun", NULL
};

/* What a screen reader says for each picture, in the same order. */
static const char * const avatar_labels[] = {
  N_("Flower"), N_("Moon"), N_("Bird"), N_("Tea cup"), N_("Tree"), N_("Star"), N_("Fish"), N_("Sun"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (avatar_labels) + 1 == G_N_ELEMENTS (avatar_names));

const char * const *
hearth_avatar_names (void)
{
  return avatar_names;
}

const char *
hearth_avatar_label (const char *avatar)
{
  for (guint i = 0; avatar_names[i] != NULL; i++)
    if (g_strcmp0 (avatar_names[i], avatar) == 0)
      return _(avatar_labels[i]);

  return avatar;
}

GtkWidget *
hearth_avatar_image_new (const char *avatar,
                         int         size)
{
  g_autofree char *path = g_strdup_printf ("%s/%s.svg", HEARTH_AVATARS_RESOURCE_PATH, avatar);
  GtkWidget *image;

  if (g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    image = gtk_image_new_from_resource (path);
  else
    image = gtk_image_new_from_icon_name ("avatar-default-symbolic");

  gtk_image_set_pixel_size (GTK_IMAGE (image), size);
  gtk_accessible_update_property (GTK_ACCESSIBLE (image),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, hearth_avatar_label (avatar), -1);
  return image;
}

/* Shows a course picture with its description for screen readers, or hides
 * the picture when the step has none. */
void
hearth_picture_show (GtkPicture    *picture,
                     HearthPicture *course_picture,
                     const char    *language)
{
  g_autofree char *path = NULL;

  gtk_widget_set_visible (GTK_WIDGET (picture), course_picture != NULL);
  if (course_picture == NULL)
    {
      gtk_picture_set_paintable (picture, NULL);
      return;
    }

  path = g_build_path ("/", HEARTH_PICTURES_RESOURCE_PATH, course_picture->src, NULL);
  gtk_picture_set_resource (picture, path);
  gtk_picture_set_alternative_text (picture, hearth_text_get (course_picture->description, language));
}

/* Buttons whose child is a box with an icon and a label get their accessible
 * name from here, so a screen reader says the words and not nothing. */
void
hearth_button_set_label (GtkButton  *button,
                         GtkLabel   *label,
                         const char *text)
{
  g_autofree char *plain = NULL;

  gtk_label_set_text_with_mnemonic (label, text);
  plain = g_strdup (gtk_label_get_text (label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
}

/* Disposes a page built from a template. GTK 4.8 clears only the children
 * bound to fields, so the template's unbound top-level child is unparented
 * here too. */
void
hearth_page_dispose (GtkWidget *page,
                     GType      type)
{
  GtkWidget *child;

  gtk_widget_dispose_template (page, type);
  while ((child = gtk_widget_get_first_child (page)) != NULL)
    gtk_widget_unparent (child);
}

static void
flow_box_child_activated_cb (GtkFlowBox      *flow_box,
                             GtkFlowBoxChild *child)
{
  GtkWidget *content = gtk_flow_box_child_get_child (child);

  if (content != NULL)
    gtk_widget_activate (content);
}

/* Enter or Space on a tile of a flow box does what a click on it does: the
 * flow box takes keyboard focus on its own child wrappers, which would
 * otherwise swallow the key. */
void
hearth_flow_box_activate_children (GtkFlowBox *flow_box)
{
  gtk_flow_box_set_activate_on_single_click (flow_box, FALSE);
  g_signal_connect (flow_box, "child-activated", G_CALLBACK (flow_box_child_activated_cb), NULL);
}

/* A flat icon button big enough to hit (48 pixels), whose name is both
 * its tooltip and what a screen reader says. */
GtkWidget *
hearth_icon_button_new (const char *icon_name,
                        const char *name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (button, 48, 48);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return button;
}

/* Course text as it should be shown: in a right-to-left language, with
 * numbers like "0800 1111" kept in their order. */
char *
hearth_display_text (const HearthText *text,
                     const char       *language)
{
  const HearthLanguage *info = hearth_language_lookup (language);
  const char *value = hearth_text_get (text, language);

  if (value == NULL)
    return g_strdup ("");
  if (info != NULL && info->right_to_left)
    return hearth_text_isolate_numbers (value);

  return g_strdup (value);
}

/* hearth-confidence-chart.c: how sure learners feel, before and after each module
 *
 * A bar chart drawn with cairo: for each module its name, on its own line
 * and wrapped so it is whole in any language, then two bars, "before" and
 * "after", each with its number at its end. The bars lie along the line of
 * reading, so in Arabic they grow from the right. Before and after differ
 * in pattern (stripes, solid) and are named beside each bar and in a
 * legend, so nobody needs to tell colours apart. The accessible description
 * says every number in words.
 *
 * The widget asks for the height its width needs (height-for-width), so a
 * long Bengali module name wraps instead of being cut. The drawing itself
 * is in hearth-confidence-chart-draw.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "hearth-i18n.h"

#include "hearth-confidence-chart-private.h"

struct _HearthConfidenceChart
{
  GtkWidget  parent_instance;

  GArray    *modules;  /* HearthChartModule */
  char      *summary;
};

G_DEFINE_FINAL_TYPE (HearthConfidenceChart, hearth_confidence_chart, GTK_TYPE_WIDGET)

/* Static helpers */

static void
chart_module_clear (gpointer data)
{
  g_free (((HearthChartModule *) data)->title);
}

static void
init_pass (HearthConfidenceChart *self,
           HearthChartPass       *pass,
           cairo_t               *cr,
           int                    width)
{
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (self));

  pass->widget = GTK_WIDGET (self);
  pass->modules = self->modules;
  pass->cr = cr;
  pass->width = width;
  pass->rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  gtk_style_context_get_color (style, &pass->text);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", &pass->accent))
    gdk_rgba_parse (&pass->accent, "#1c71d8");
}

static void
update_summary (HearthConfidenceChart *self)
{
  g_autoptr(GString) summary = g_string_new (_("How sure learners feel, before and after each topic. "
                                               "1 means not sure at all, 5 means very sure."));

  for (guint i = 0; i < self->modules->len; i++)
    {
      HearthChartModule *module = &g_array_index (self->modules, HearthChartModule, i);
      g_autofree char *before = isnan (module->before) ? g_strdup (_("no answers yet"))
                                                       : hearth_confidence_chart_format_value (module->before);
      g_autofree char *after = isnan (module->after) ? g_strdup (_("no answers yet"))
                                                     : hearth_confidence_chart_format_value (module->after);

      g_string_append_c (summary, ' ');
      /* Translators: %1$s is a topic's name, %2$s and %3$s numbers such as 2.5, or "no answers yet" */
      g_string_append_printf (summary, _("%1$s: before %2$s, after %3$s."), module->title, before, after);
    }

  g_free (self->summary);
  self->summary = g_string_free (g_steal_pointer (&summary), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->summary, -1);
}

/* GtkWidget vfuncs */

static GtkSizeRequestMode
hearth_confidence_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
hearth_confidence_chart_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  HearthConfidenceChart *self = HEARTH_CONFIDENCE_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 260;
      *natural = 600;
    }
  else
    {
      HearthChartPass pass = { 0 };

      init_pass (self, &pass, NULL, for_size > 0 ? for_size : 600);
      *minimum = *natural = hearth_confidence_chart_lay_out (&pass);
    }
}

static void
hearth_confidence_chart_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  HearthConfidenceChart *self = HEARTH_CONFIDENCE_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  HearthChartPass pass = { 0 };

  init_pass (self, &pass, cr, width);
  hearth_confidence_chart_lay_out (&pass);
  cairo_destroy (cr);
}

static void
hearth_confidence_chart_direction_changed (GtkWidget        *widget,
                                           GtkTextDirection  previous)
{
  gtk_widget_queue_resize (widget);
}

static void
hearth_confidence_chart_finalize (GObject *object)
{
  HearthConfidenceChart *self = HEARTH_CONFIDENCE_CHART (object);

  g_array_unref (self->modules);
  g_free (self->summary);

  G_OBJECT_CLASS (hearth_confidence_chart_parent_class)->finalize (object);
}

static void
hearth_confidence_chart_class_init (HearthConfidenceChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = hearth_confidence_chart_finalize;
  widget_class->get_request_mode = hearth_confidence_chart_get_request_mode;
  widget_class->measure = hearth_confidence_chart_measure;
  widget_class->snapshot = hearth_confidence_chart_snapshot;
  widget_class->direction_changed = hearth_confidence_chart_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "confidence-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hearth_confidence_chart_init (HearthConfidenceChart *self)
{
  self->modules = g_array_new (FALSE, TRUE, sizeof (HearthChartModule));
  g_array_set_clear_func (self->modules, chart_module_clear);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of how sure learners feel"), -1);
  update_summary (self);
}

/* Public functions */

GtkWidget *
hearth_confidence_chart_new (void)
{
  return g_object_new (HEARTH_TYPE_CONFIDENCE_CHART, NULL);
}

void
hearth_confidence_chart_clear (HearthConfidenceChart *self)
{
  g_return_if_fail (HEARTH_IS_CONFIDENCE_CHART (self));

  g_array_set_size (self->modules, 0);
  update_summary (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* @before and @after are means on the survey's 1 to 5 scale, NAN when
 * nobody has answered. */
void
hearth_confidence_chart_add_module (HearthConfidenceChart *self,
                                    const char            *title,
                                    double                 before,
                                    double                 after)
{
  HearthChartModule module = { g_strdup (title), before, after };

  g_return_if_fail (HEARTH_IS_CONFIDENCE_CHART (self));

  g_array_append_val (self->modules, module);
  update_summary (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

guint
hearth_confidence_chart_get_n_modules (HearthConfidenceChart *self)
{
  g_return_val_if_fail (HEARTH_IS_CONFIDENCE_CHART (self), 0);
  return self->modules->len;
}

/* What the accessible description says: every number, in words. */
const char *
hearth_confidence_chart_get_summary (HearthConfidenceChart *self)
{
  g_return_val_if_fail (HEARTH_IS_CONFIDENCE_CHART (self), NULL);
  return self->summary;
}

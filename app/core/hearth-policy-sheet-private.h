/* hearth-policy-sheet-private.h: what the two halves of a sheet share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-policy-sheet.h"

G_BEGIN_DECLS

#define MARGIN        36.0
#define COLUMN_GAP    20.0
#define BOX_SIZE       9.0
#define BOX_GAP        6.0
#define MAX_PAGES      2

typedef enum
{
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_RULE,
  BLOCK_WRITE_LINE,
  BLOCK_FIELDS,
} BlockKind;

typedef struct
{
  BlockKind  kind;
  char      *text;      /* in the sheet's language, or the family's own words */
  char      *english;   /* nullable: the English beneath, on bilingual sheets */
  char      *second;    /* BLOCK_FIELDS: the second field's label */
  gboolean   ticked;
  /* placed by paginate () */
  double     height;
  guint      page;
  guint      column;
  double     y;
} Block;

struct _HearthPolicySheet
{
  char      *language;
  gboolean   right_to_left;
  char      *title;
  char      *subtitle;
  char      *footer;
  char      *made_with;
  char      *page_word;
  char      *of_word;
  GPtrArray *blocks;       /* Block */

  /* set by paginate () */
  double     scale;
  double     width;
  double     height;
  double     header_height;
  double     footer_height;
  guint      n_pages;
};

G_END_DECLS

# Run from anywhere: python3 pacte-reports/outils/rapport-annuel.py (rewrites rapport-annuel.jrxml).
# Generates rapport-annuel.jrxml: three column layouts (<=4, <=7, <=13 value columns) stacked in each band,
# only the one matching the table's column count prints, and in it only the table's columns (width = its columns).
W = 802
layouts = [(4, 402, 100), (7, 242, 80), (13, 126, 52)]
def frame(kind, y, h, style_label, style_val, prefix_label, prefix_val, cond_extra=""):
    out = []
    lo = 0
    for (mx, lw, cw) in layouts:
        sv = style_val + ("Etroit" if mx == 13 else "")
        cond = f"$F{{nb}} > {lo} && $F{{nb}} <= {mx}"
        out.append(f'''			<element kind="frame" x="0" y="{y}" width="{W}" height="{h}" stretchType="NoStretch">
				<printWhenExpression><![CDATA[{cond}]]></printWhenExpression>
				<element kind="textField" x="0" y="0" width="{lw}" height="{h}" stretchType="ContainerHeight" textAdjust="StretchHeight" blankWhenNull="true" style="{style_label}">
					<expression><![CDATA[{prefix_label}]]></expression>
				</element>''')
        for i in range(1, mx + 1):
            # a column beyond the table's own is not printed: the table ends with its last column, no empty one
            quand = "" if i <= lo + 1 else f"""
					<printWhenExpression><![CDATA[$F{{nb}} >= {i}]]></printWhenExpression>"""
            out.append(f'''				<element kind="textField" x="{lw + (i-1)*cw}" y="0" width="{cw}" height="{h}" stretchType="ContainerHeight" textAdjust="StretchHeight" blankWhenNull="true" hTextAlign="Right" style="{sv}">{quand}
					<expression><![CDATA[{prefix_val}{i}}}]]></expression>
				</element>''')
        out.append('			</element>')
        lo = mx
    return "\n".join(out)

fields = "\n".join([f'	<field name="{n}" class="java.lang.String"/>' for n in
                    ["tableau", "titre", "definition", "libelle", "h0"] + [f"v{i}" for i in range(1, 14)] + [f"h{i}" for i in range(1, 14)]])
xml = f'''<?xml version="1.0" encoding="UTF-8"?>
<!-- Rapport annuel de l'entrepôt : page de titre et sommaire (numéros de page relevés au remplissage), un tableau par
     page (titre, définition, en-têtes, lignes déjà soumises au secret statistique, graphique éventuel), définitions et
     sources en fin. Généré par un script pour ses trois dispositions de colonnes (4, 7 ou 13 colonnes de valeurs) :
     seule celle qui convient au nombre de colonnes du tableau s'imprime, et seulement les colonnes du tableau (pas de
     colonne vide en fin de tableau). -->
<jasperReport name="rapport-annuel" language="java" pageWidth="842" pageHeight="595" orientation="Landscape" whenNoDataType="AllSectionsNoDetail" columnWidth="{W}" leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20" titleNewPage="true" summaryNewPage="true" summaryWithPageHeaderAndFooter="true">
	<!-- Charts are Graphics2D drawings (RenduGraphique): keep their labels as text (embedded DejaVu Sans, searchable)
	     rather than glyph outlines -->
	<property name="net.sf.jasperreports.export.pdf.force.svg.shapes" value="false"/>
	<template><![CDATA["rapports/styles/pacte.jrtx"]]></template>
	<style name="defaut" default="true" fontName="DejaVu Sans" fontSize="9.0"/>
	<style name="ligne" style="pacte.cellule">
		<conditionalStyle bold="true" mode="Opaque" backcolor="#E3E3FD">
			<conditionExpression><![CDATA["Ensemble".equals($F{{libelle}})]]></conditionExpression>
		</conditionalStyle>
	</style>
	<style name="ligneEtroit" style="ligne" fontSize="6.5"/>
	<style name="pacte.enteteEtroit" style="pacte.entete" fontSize="6.5"/>
	<parameter name="TITRE" class="java.lang.String"/>
	<parameter name="SOUS_TITRE" class="java.lang.String"/>
	<parameter name="DEFINITIONS" class="java.lang.String"/>
	<parameter name="SOMMAIRE" class="java.util.List"/>
	<parameter name="PAGES" class="java.util.Map"/>
	<parameter name="GRAPHIQUES" class="java.util.Map"/>
	<parameter name="DATE_EDITION" class="java.util.Date">
		<defaultValueExpression><![CDATA[new java.util.Date()]]></defaultValueExpression>
	</parameter>
	<field name="nb" class="java.lang.Integer"/>
{fields}
	<group name="tableau" startNewPage="true" keepTogether="false">
		<expression><![CDATA[$F{{tableau}}]]></expression>
		<groupHeader>
			<band height="58">
				<element kind="textField" x="0" y="0" width="{W}" height="22" textAdjust="StretchHeight" style="pacte.titre" bookmarkLevel="1">
					<anchorNameExpression><![CDATA[$F{{tableau}} + " – " + $F{{titre}}]]></anchorNameExpression>
					<expression><![CDATA[$F{{tableau}} + " – " + $F{{titre}} + fr.pacte.rapport.SommaireRapport.noter($P{{PAGES}}, $F{{tableau}}, $V{{PAGE_NUMBER}})]]></expression>
				</element>
				<element kind="textField" x="0" y="24" width="{W}" height="14" textAdjust="StretchHeight" blankWhenNull="true" style="pacte.base" positionType="Float">
					<expression><![CDATA[$F{{definition}}]]></expression>
				</element>
{frame("h", 40, 18, "pacte.entete", "pacte.entete", "$F{h0}", "$F{h")}
			</band>
		</groupHeader>
		<groupFooter>
			<band height="250">
				<printWhenExpression><![CDATA[$P{{GRAPHIQUES}}.get($F{{tableau}}) != null]]></printWhenExpression>
				<element kind="image" x="101" y="14" width="600" height="230" scaleImage="RetainShape" hImageAlign="Center">
					<expression><![CDATA[(net.sf.jasperreports.renderers.Renderable) $P{{GRAPHIQUES}}.get($F{{tableau}})]]></expression>
				</element>
			</band>
		</groupFooter>
	</group>
	<title height="555">
		<element kind="textField" x="0" y="120" width="{W}" height="40" textAdjust="StretchHeight" hTextAlign="Center" style="pacte.titre">
			<expression><![CDATA[$P{{TITRE}}]]></expression>
		</element>
		<element kind="textField" x="0" y="170" width="{W}" height="36" textAdjust="StretchHeight" hTextAlign="Center" blankWhenNull="true" style="pacte.sousTitre">
			<expression><![CDATA[$P{{SOUS_TITRE}}]]></expression>
		</element>
		<element kind="staticText" x="100" y="240" width="602" height="20" style="pacte.sousTitre">
			<text><![CDATA[Sommaire]]></text>
		</element>
		<element kind="textField" x="100" y="262" width="602" height="280" evaluationTime="Report" textAdjust="StretchHeight" style="pacte.base">
			<expression><![CDATA[fr.pacte.rapport.SommaireRapport.texte($P{{SOMMAIRE}}, $P{{PAGES}})]]></expression>
		</element>
	</title>
	<detail>
		<band height="16">
{frame("v", 0, 16, "ligne", "ligne", "$F{libelle}", "$F{v")}
		</band>
	</detail>
	<pageFooter height="20">
		<element kind="textField" x="0" y="4" width="500" height="16" style="pacte.piedPage">
			<expression><![CDATA[$P{{TITRE}} + " – édité le " + new java.text.SimpleDateFormat("dd/MM/yyyy 'à' HH:mm", java.util.Locale.FRANCE).format($P{{DATE_EDITION}})]]></expression>
		</element>
		<element kind="textField" x="602" y="4" width="200" height="16" hTextAlign="Right" style="pacte.piedPage">
			<expression><![CDATA["Page " + $V{{PAGE_NUMBER}}]]></expression>
		</element>
	</pageFooter>
	<summary height="400">
		<element kind="textField" x="0" y="0" width="{W}" height="24" style="pacte.titre" bookmarkLevel="1">
			<anchorNameExpression><![CDATA["Définitions et sources"]]></anchorNameExpression>
			<expression><![CDATA["Définitions et sources"]]></expression>
		</element>
		<element kind="textField" x="0" y="30" width="{W}" height="360" textAdjust="StretchHeight" style="pacte.base">
			<expression><![CDATA[$P{{DEFINITIONS}}]]></expression>
		</element>
	</summary>
</jasperReport>
'''
open(__import__("os").path.join(__import__("os").path.dirname(__file__), "..", "src/main/resources/rapports/rapport-annuel.jrxml"), "w").write(xml)

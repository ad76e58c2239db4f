import type { LocaleData } from 'i18n-iso-countries/index.js'
import afNames from 'i18n-iso-countries/langs/af.json' with { type: 'json' }
import amNames from 'i18n-iso-countries/langs/am.json' with { type: 'json' }
import arNames from 'i18n-iso-countries/langs/ar.json' with { type: 'json' }
import azNames from 'i18n-iso-countries/langs/az.json' with { type: 'json' }
import beNames from 'i18n-iso-countries/langs/be.json' with { type: 'json' }
import bgNames from 'i18n-iso-countries/langs/bg.json' with { type: 'json' }
import bnNames from 'i18n-iso-countries/langs/bn.json' with { type: 'json' }
import brNames from 'i18n-iso-countries/langs/br.json' with { type: 'json' }
import bsNames from 'i18n-iso-countries/langs/bs.json' with { type: 'json' }
import caNames from 'i18n-iso-countries/langs/ca.json' with { type: 'json' }
import csNames from 'i18n-iso-countries/langs/cs.json' with { type: 'json' }
import cyNames from 'i18n-iso-countries/langs/cy.json' with { type: 'json' }
import daNames from 'i18n-iso-countries/langs/da.json' with { type: 'json' }
import deNames from 'i18n-iso-countries/langs/de.json' with { type: 'json' }
import dvNames from 'i18n-iso-countries/langs/dv.json' with { type: 'json' }
import elNames from 'i18n-iso-countries/langs/el.json' with { type: 'json' }
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' }
import esNames from 'i18n-iso-countries/langs/es.json' with { type: 'json' }
import etNames from 'i18n-iso-countries/langs/et.json' with { type: 'json' }
import euNames from 'i18n-iso-countries/langs/eu.json' with { type: 'json' }
import faNames from 'i18n-iso-countries/langs/fa.json' with { type: 'json' }
import fiNames from 'i18n-iso-countries/langs/fi.json' with { type: 'json' }
import frNames from 'i18n-iso-countries/langs/fr.json' with { type: 'json' }
import gaNames from 'i18n-iso-countries/langs/ga.json' with { type: 'json' }
import glNames from 'i18n-iso-countries/langs/gl.json' with { type: 'json' }
import haNames from 'i18n-iso-countries/langs/ha.json' with { type: 'json' }
import heNames from 'i18n-iso-countries/langs/he.json' with { type: 'json' }
import hiNames from 'i18n-iso-countries/langs/hi.json' with { type: 'json' }
import hrNames from 'i18n-iso-countries/langs/hr.json' with { type: 'json' }
import huNames from 'i18n-iso-countries/langs/hu.json' with { type: 'json' }
import hyNames from 'i18n-iso-countries/langs/hy.json' with { type: 'json' }
import idNames from 'i18n-iso-countries/langs/id.json' with { type: 'json' }
import isNames from 'i18n-iso-countries/langs/is.json' with { type: 'json' }
import itNames from 'i18n-iso-countries/langs/it.json' with { type: 'json' }
import jaNames from 'i18n-iso-countries/langs/ja.json' with { type: 'json' }
import kaNames from 'i18n-iso-countries/langs/ka.json' with { type: 'json' }
import kkNames from 'i18n-iso-countries/langs/kk.json' with { type: 'json' }
import kmNames from 'i18n-iso-countries/langs/km.json' with { type: 'json' }
import koNames from 'i18n-iso-countries/langs/ko.json' with { type: 'json' }
import kuNames from 'i18n-iso-countries/langs/ku.json' with { type: 'json' }
import kyNames from 'i18n-iso-countries/langs/ky.json' with { type: 'json' }
import ltNames from 'i18n-iso-countries/langs/lt.json' with { type: 'json' }
import lvNames from 'i18n-iso-countries/langs/lv.json' with { type: 'json' }
import mkNames from 'i18n-iso-countries/langs/mk.json' with { type: 'json' }
import mlNames from 'i18n-iso-countries/langs/ml.json' with { type: 'json' }
import mnNames from 'i18n-iso-countries/langs/mn.json' with { type: 'json' }
import mrNames from 'i18n-iso-countries/langs/mr.json' with { type: 'json' }
import msNames from 'i18n-iso-countries/langs/ms.json' with { type: 'json' }
import mtNames from 'i18n-iso-countries/langs/mt.json' with { type: 'json' }
import nbNames from 'i18n-iso-countries/langs/nb.json' with { type: 'json' }
import nlNames from 'i18n-iso-countries/langs/nl.json' with { type: 'json' }
import nnNames from 'i18n-iso-countries/langs/nn.json' with { type: 'json' }
import noNames from 'i18n-iso-countries/langs/no.json' with { type: 'json' }
import plNames from 'i18n-iso-countries/langs/pl.json' with { type: 'json' }
import psNames from 'i18n-iso-countries/langs/ps.json' with { type: 'json' }
import ptNames from 'i18n-iso-countries/langs/pt.json' with { type: 'json' }
import roNames from 'i18n-iso-countries/langs/ro.json' with { type: 'json' }
import ruNames from 'i18n-iso-countries/langs/ru.json' with { type: 'json' }
import sdNames from 'i18n-iso-countries/langs/sd.json' with { type: 'json' }
import skNames from 'i18n-iso-countries/langs/sk.json' with { type: 'json' }
import slNames from 'i18n-iso-countries/langs/sl.json' with { type: 'json' }
import soNames from 'i18n-iso-countries/langs/so.json' with { type: 'json' }
import sqNames from 'i18n-iso-countries/langs/sq.json' with { type: 'json' }
import srNames from 'i18n-iso-countries/langs/sr.json' with { type: 'json' }
import svNames from 'i18n-iso-countries/langs/sv.json' with { type: 'json' }
import swNames from 'i18n-iso-countries/langs/sw.json' with { type: 'json' }
import taNames from 'i18n-iso-countries/langs/ta.json' with { type: 'json' }
import tgNames from 'i18n-iso-countries/langs/tg.json' with { type: 'json' }
import thNames from 'i18n-iso-countries/langs/th.json' with { type: 'json' }
import tkNames from 'i18n-iso-countries/langs/tk.json' with { type: 'json' }
import trNames from 'i18n-iso-countries/langs/tr.json' with { type: 'json' }
import ttNames from 'i18n-iso-countries/langs/tt.json' with { type: 'json' }
import ugNames from 'i18n-iso-countries/langs/ug.json' with { type: 'json' }
import ukNames from 'i18n-iso-countries/langs/uk.json' with { type: 'json' }
import urNames from 'i18n-iso-countries/langs/ur.json' with { type: 'json' }
import uzNames from 'i18n-iso-countries/langs/uz.json' with { type: 'json' }
import viNames from 'i18n-iso-countries/langs/vi.json' with { type: 'json' }
import zhNames from 'i18n-iso-countries/langs/zh.json' with { type: 'json' }

/**
 * Every country-name locale i18n-iso-countries ships, English first. Imported one by one because
 * the package's Node entry loads them with a computed require() path, which no bundler can follow.
 */
export const countryLocales: readonly LocaleData[] = [
  enNames,
  afNames,
  amNames,
  arNames,
  azNames,
  beNames,
  bgNames,
  bnNames,
  brNames,
  bsNames,
  caNames,
  csNames,
  cyNames,
  daNames,
  deNames,
  dvNames,
  elNames,
  esNames,
  etNames,
  euNames,
  faNames,
  fiNames,
  frNames,
  gaNames,
  glNames,
  haNames,
  heNames,
  hiNames,
  hrNames,
  huNames,
  hyNames,
  idNames,
  isNames,
  itNames,
  jaNames,
  kaNames,
  kkNames,
  kmNames,
  koNames,
  kuNames,
  kyNames,
  ltNames,
  lvNames,
  mkNames,
  mlNames,
  mnNames,
  mrNames,
  msNames,
  mtNames,
  nbNames,
  nlNames,
  nnNames,
  noNames,
  plNames,
  psNames,
  ptNames,
  roNames,
  ruNames,
  sdNames,
  skNames,
  slNames,
  soNames,
  sqNames,
  srNames,
  svNames,
  swNames,
  taNames,
  tgNames,
  thNames,
  tkNames,
  trNames,
  ttNames,
  ugNames,
  ukNames,
  urNames,
  uzNames,
  viNames,
  zhNames,
]

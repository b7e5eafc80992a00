/** Real French retail brands, so that catalogue screens look like the real thing in demos. */
export interface Brand {
  name: string;
  category: string;
  baseColor: string;
  description: string;
}

export const CATEGORIES = {
  culture: 'Culture & Loisirs',
  tech: 'High-Tech & Électroménager',
  sport: 'Sport',
  beauty: 'Beauté & Bien-être',
  home: 'Maison & Bricolage',
  fashion: 'Mode & Accessoires',
  food: 'Alimentation',
  kids: 'Jouets & Enfants',
  travel: 'Voyages & Sorties',
  department: 'Grands magasins',
} as const;

const c = CATEGORIES;

export const BRANDS: readonly Brand[] = [
  {
    name: 'Fnac',
    category: c.culture,
    baseColor: '#E1A925',
    description:
      'Livres, musique, jeux vidéo, high-tech et billetterie : la carte cadeau Fnac s’utilise en magasin et sur fnac.com.',
  },
  {
    name: 'Cultura',
    category: c.culture,
    baseColor: '#5B2C83',
    description: 'Loisirs créatifs, livres, musique et ateliers pour tous les âges dans plus de 100 magasins.',
  },
  {
    name: 'Nature & Découvertes',
    category: c.culture,
    baseColor: '#2E6B3A',
    description: 'Des idées cadeaux pour s’émerveiller de la nature : jeux, bien-être, jardin et astronomie.',
  },
  {
    name: 'Micromania-Zing',
    category: c.culture,
    baseColor: '#D7141A',
    description: 'Jeux vidéo, consoles et produits dérivés, neufs et d’occasion.',
  },
  {
    name: 'Gibert Joseph',
    category: c.culture,
    baseColor: '#1F3F73',
    description: 'Le libraire de référence : livres neufs et d’occasion, papeterie et disques.',
  },
  {
    name: 'Darty',
    category: c.tech,
    baseColor: '#E30613',
    description: 'Électroménager, TV, informatique et téléphonie, avec le contrat de confiance.',
  },
  {
    name: 'Boulanger',
    category: c.tech,
    baseColor: '#F26F21',
    description: 'Tout l’électroménager et le multimédia, livraison et installation à domicile.',
  },
  {
    name: 'LDLC',
    category: c.tech,
    baseColor: '#0072BC',
    description: 'Informatique et high-tech : composants, PC portables, périphériques et objets connectés.',
  },
  {
    name: 'Rue du Commerce',
    category: c.tech,
    baseColor: '#C8102E',
    description: 'High-tech, maison et loisirs à prix malins sur rueducommerce.fr.',
  },
  {
    name: 'Decathlon',
    category: c.sport,
    baseColor: '#0082C3',
    description: 'Plus de 70 sports réunis : équipement, textile et accessoires pour débuter ou progresser.',
  },
  {
    name: 'Intersport',
    category: c.sport,
    baseColor: '#003DA5',
    description: 'Chaussures, vêtements et matériel de sport des plus grandes marques.',
  },
  {
    name: 'Go Sport',
    category: c.sport,
    baseColor: '#E2001A',
    description: 'Le sport pour tous : running, fitness, sports collectifs et glisse.',
  },
  {
    name: 'Courir',
    category: c.sport,
    baseColor: '#111111',
    description: 'Sneakers et streetwear des marques iconiques.',
  },
  {
    name: 'Au Vieux Campeur',
    category: c.sport,
    baseColor: '#006341',
    description: 'Montagne, randonnée, escalade et voyage : le spécialiste des sports de nature.',
  },
  {
    name: 'Sephora',
    category: c.beauty,
    baseColor: '#000000',
    description: 'Parfums, maquillage et soins des plus grandes marques, en boutique et en ligne.',
  },
  {
    name: 'Marionnaud',
    category: c.beauty,
    baseColor: '#6C1D45',
    description: 'Parfumerie et institut : parfums, soins et maquillage.',
  },
  {
    name: 'Nocibé',
    category: c.beauty,
    baseColor: '#E6007E',
    description: 'Parfums, maquillage et soins, avec des conseils beauté personnalisés.',
  },
  {
    name: 'Yves Rocher',
    category: c.beauty,
    baseColor: '#4A7729',
    description: 'La cosmétique végétale depuis 1959 : soins, maquillage et parfums.',
  },
  {
    name: 'L’Occitane en Provence',
    category: c.beauty,
    baseColor: '#F2B300',
    description: 'Soins et parfums inspirés de la Provence, fabriqués en France.',
  },
  {
    name: 'Leroy Merlin',
    category: c.home,
    baseColor: '#78BE20',
    description: 'Bricolage, jardin, décoration et rénovation : tout pour vos projets maison.',
  },
  {
    name: 'Ikea',
    category: c.home,
    baseColor: '#0058A3',
    description: 'Meubles et objets de décoration au design scandinave, à petits prix.',
  },
  {
    name: 'Castorama',
    category: c.home,
    baseColor: '#0078D7',
    description: 'Bricolage, jardin et aménagement de la maison.',
  },
  {
    name: 'Maisons du Monde',
    category: c.home,
    baseColor: '#3C3C3B',
    description: 'Meubles et décoration aux styles variés, du bord de mer à l’industriel.',
  },
  {
    name: 'Conforama',
    category: c.home,
    baseColor: '#E2001A',
    description: 'Ameublement, literie, électroménager et décoration.',
  },
  {
    name: 'Truffaut',
    category: c.home,
    baseColor: '#007A3D',
    description: 'Jardinerie et animalerie : plantes, outillage, décoration et animaux.',
  },
  {
    name: 'Zalando',
    category: c.fashion,
    baseColor: '#FF6900',
    description: 'Chaussures et mode en ligne pour femme, homme et enfant, retours gratuits.',
  },
  {
    name: 'Kiabi',
    category: c.fashion,
    baseColor: '#1D71B8',
    description: 'La mode à petits prix pour toute la famille.',
  },
  {
    name: 'Celio',
    category: c.fashion,
    baseColor: '#1E1E1E',
    description: 'Mode masculine décontractée : jeans, chemises et pulls.',
  },
  {
    name: 'Etam',
    category: c.fashion,
    baseColor: '#E5007D',
    description: 'Lingerie, pyjamas et prêt-à-porter féminin.',
  },
  {
    name: 'La Redoute',
    category: c.fashion,
    baseColor: '#DA291C',
    description: 'Mode et maison en ligne depuis 1837.',
  },
  { name: 'Jules', category: c.fashion, baseColor: '#2B2B2B', description: 'Vêtements et accessoires pour homme.' },
  {
    name: 'Carrefour',
    category: c.food,
    baseColor: '#004E9F',
    description: 'Courses alimentaires et non alimentaires dans tous les hypermarchés et supermarchés Carrefour.',
  },
  {
    name: 'Auchan',
    category: c.food,
    baseColor: '#E2001A',
    description: 'Alimentation, maison et multimédia en hypermarché, supermarché et drive.',
  },
  {
    name: 'Monoprix',
    category: c.food,
    baseColor: '#D7000F',
    description: 'Alimentation, mode, beauté et maison en centre-ville.',
  },
  {
    name: 'Picard',
    category: c.food,
    baseColor: '#0066B3',
    description: 'Les surgelés de qualité : entrées, plats, desserts et produits bruts.',
  },
  {
    name: 'Grand Frais',
    category: c.food,
    baseColor: '#E4032E',
    description: 'Fruits et légumes, poissonnerie, boucherie et épicerie du monde.',
  },
  {
    name: 'King Jouet',
    category: c.kids,
    baseColor: '#E30613',
    description: 'Jeux et jouets pour tous les âges, des grandes marques aux licences.',
  },
  {
    name: 'JouéClub',
    category: c.kids,
    baseColor: '#E2001A',
    description: 'Le spécialiste du jouet : jeux de société, poupées, figurines et plein air.',
  },
  {
    name: 'Oxybul',
    category: c.kids,
    baseColor: '#F39200',
    description: 'Jeux éducatifs et jouets d’éveil pour grandir en s’amusant.',
  },
  {
    name: 'Orchestra',
    category: c.kids,
    baseColor: '#00A0DF',
    description: 'Vêtements et puériculture pour les enfants de 0 à 14 ans.',
  },
  {
    name: 'SNCF Connect',
    category: c.travel,
    baseColor: '#0C131F',
    description: 'Billets de train TGV INOUI, OUIGO et TER partout en France.',
  },
  {
    name: 'Pathé',
    category: c.travel,
    baseColor: '#FFC800',
    description: 'Places de cinéma dans tous les cinémas Pathé de France.',
  },
  {
    name: 'Center Parcs',
    category: c.travel,
    baseColor: '#00843D',
    description: 'Séjours en cottage et Aqua Mundo dans les domaines Center Parcs.',
  },
  {
    name: 'Pierre & Vacances',
    category: c.travel,
    baseColor: '#003A70',
    description: 'Résidences de vacances à la mer, à la montagne et à la campagne.',
  },
  {
    name: 'Galeries Lafayette',
    category: c.department,
    baseColor: '#000000',
    description: 'Mode, beauté, maison et gastronomie dans tous les magasins Galeries Lafayette.',
  },
  {
    name: 'Printemps',
    category: c.department,
    baseColor: '#1A1A1A',
    description: 'Le grand magasin de la mode, du luxe et de la beauté.',
  },
  {
    name: 'BHV Marais',
    category: c.department,
    baseColor: '#E30613',
    description: 'Maison, bricolage, mode et beauté au cœur de Paris.',
  },
  {
    name: 'Le Bon Marché',
    category: c.department,
    baseColor: '#5A5A5A',
    description: 'Le grand magasin de la rive gauche : mode, maison et épicerie fine.',
  },
];

/** Cities used to name the extra stores of a large benchmark catalogue. */
export const CITIES: readonly string[] = [
  'Paris',
  'Lyon',
  'Marseille',
  'Toulouse',
  'Nice',
  'Nantes',
  'Strasbourg',
  'Montpellier',
  'Bordeaux',
  'Lille',
  'Rennes',
  'Reims',
  'Toulon',
  'Grenoble',
  'Dijon',
  'Angers',
  'Nîmes',
  'Brest',
  'Tours',
  'Limoges',
];

export const MENTIONS: readonly string[] = [
  'Valable en magasin et sur le site marchand, en une ou plusieurs fois. Non remboursable, non échangeable contre des espèces.',
  'Utilisable en une seule fois. Aucun rendu de monnaie. Non cumulable avec d’autres cartes cadeaux.',
  'Valable dans tous les magasins participants en France métropolitaine. Hors achat de cartes cadeaux.',
  'Présentez le bon imprimé ou sur votre smartphone en caisse. Perte ou vol : le bon ne pourra être ni remplacé ni remboursé.',
  'Utilisable uniquement en ligne, en saisissant le code au moment du paiement. Solde consultable sur le site de l’enseigne.',
];

export const SHIPPING_TIMES: readonly string[] = ['Immédiat', 'Sous 24 h', 'Sous 48 h', 'Sous 72 h'];

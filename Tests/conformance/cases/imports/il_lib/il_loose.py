print("loading il_loose as", __name__)
LOOSE = 'loose'
